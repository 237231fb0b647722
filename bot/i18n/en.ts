import { enErrors } from './en-errors.js';
import { formatList } from './format.js';
import type { Messages, PresenceParams, ReasonParams } from './messages.js';

/** British English, for the staff of Brussels employers who work in neither national language. */

function duration(minutes: number): string {
  const h = Math.floor(minutes / 60);
  const m = minutes % 60;
  if (h === 0) return `${m}m`;
  return m === 0 ? `${h}h` : `${h}h ${String(m).padStart(2, '0')}m`;
}

function quotaUsed(used: string, limit: string, period: string): string {
  return `${used} already taken of at most ${limit} ${period}`;
}

function quotaReason(name: string, p: ReasonParams): string {
  if (!p.quota) return `Your ${name} telework quota is reached.`;
  return `Your ${name} quota is reached: ${quotaUsed(p.quota.used, p.quota.limit, p.quota.period)}.`;
}

function presence(p: ReasonParams): string {
  const fig: PresenceParams | undefined = p.permanence;
  if (!fig) return "The team's permanence would fall below the minimum on site.";
  const where = `in ${fig.team} (${fig.half})`;
  const rule = `while the permanence requires at least ${fig.minimum}`;
  if (fig.onSiteAfter === 0 && fig.functionName)
    return `No ${fig.functionName} would be left on site ${where}, ${rule}.`;
  if (fig.onSiteAfter === 0) return `Nobody would be left on site ${where}, ${rule}.`;
  const who = fig.functionName ?? (fig.onSiteAfter > 1 ? 'people' : 'person');
  return `Only ${fig.onSiteAfter} ${who} would be left on site ${where}, ${rule}.`;
}

export const en: Messages = {
  parts: { full: 'full day', am: 'morning', pm: 'afternoon' },
  kinds: { structural: 'structural', occasional: 'occasional' },
  entryStatus: { accepted: 'accepted', pending: 'pending', refused: 'refused', cancelled: 'cancelled' },
  duration,
  days: (amount, halves) => `${amount} ${halves === 2 ? 'day' : 'days'}`,
  periodCurrent: { week: 'this week', month: 'this month', year: 'this year' },
  periodOther: {
    week: (monday) => `in the week of ${monday}`,
    month: (month) => `in ${month}`,
    year: (year) => `in ${year}`,
  },
  quotaLeft: (left, _halves, period) => `${left} left ${period}`,
  quotaNoneLeft: (period) => `No telework left ${period}`,
  quotaUsed,
  declaration: {
    titleAccepted: 'Telework recorded',
    titlePending: 'Telework request sent',
    titleRefused: 'Telework refused',
    titleMixed: 'Your telework request',
    titleAlreadyRegistered: 'Telework already registered',
    titleAlreadyAsked: 'Telework already asked for',
    alreadyRegistered: 'Already registered',
    alreadyAsked: 'Already asked',
    alreadyRegisteredReason: 'This day is already registered as telework: nothing changes.',
    alreadyAskedReason: 'You already asked for this day and it is waiting for approval: nothing changes.',
    summary: (accepted, pending, refused) =>
      [
        accepted > 0 ? `${accepted} accepted` : '',
        pending > 0 ? `${pending} pending` : '',
        refused > 0 ? `${refused} refused` : '',
      ]
        .filter(Boolean)
        .join(' · '),
    accepted: 'Accepted',
    refused: 'Refused',
    inCalendar: 'in your Outlook calendar',
    pendingSync: 'being added to your Outlook calendar',
    syncFailed: 'not in your Outlook calendar yet: Outlook refused it, and the IT department can see why',
    waitingApproval: (approvers) =>
      approvers ? `Waiting for approval by ${approvers}` : 'Waiting for approval by your manager',
    value: 'Value',
    kind: 'Kind',
    quotaTitle: 'Still possible',
    suggestionsTitle: 'Possible instead',
    undo: 'Undo',
    acceptReason: {
      STRUCTURAL_PATTERN: 'A day of your structural telework agreement.',
      WITHIN_POLICY: "Within your employer's telework rules.",
      CRISIS_MODE: 'The business continuity plan is in force: telework is the rule.',
    },
    approvalReason: {
      OCCASIONAL_NEEDS_APPROVAL: () => 'Occasional telework must be approved by your manager before the day.',
      PERMANENCE_AT_MINIMUM: (p) => `${presence(p)} Your manager must approve it.`,
    },
    refusalReason: {
      PAST_DATE: () => 'That day has passed: telework is declared for today or later.',
      TOO_FAR_AHEAD: (p) =>
        p.bookingHorizonDays
          ? `That is too far ahead: telework can be declared at most ${p.bookingHorizonDays} days in advance.`
          : 'That is too far ahead: try again closer to the day.',
      WEEKEND: () => 'That is a weekend day.',
      PUBLIC_HOLIDAY: (p) =>
        p.holidayName ? `That is a public holiday: ${p.holidayName}.` : 'That is a public holiday.',
      CLOSING_DAY: (p) =>
        p.holidayName
          ? `Your employer is closed that day: ${p.holidayName}.`
          : 'Your employer is closed that day.',
      NOT_A_WORKING_DAY: () => 'You do not work that day under your working regime.',
      FUNCTION_EXCLUDED: (p) =>
        p.functionName
          ? `Your job as ${p.functionName} cannot be done by telework.`
          : 'Your job cannot be done by telework.',
      NO_TELEWORK_ARRANGEMENT: () => 'You have no telework agreement. Talk to your manager or HR.',
      OCCASIONAL_TOO_LATE: () =>
        'Occasional telework must be approved before the day: ask at the latest the day before.',
      WEEKLY_QUOTA_EXCEEDED: (p) => quotaReason('weekly', p),
      MONTHLY_QUOTA_EXCEEDED: (p) => quotaReason('monthly', p),
      YEARLY_QUOTA_EXCEEDED: (p) => quotaReason('yearly', p),
      PERMANENCE_AT_MINIMUM: presence,
      ON_PERMANENCE_DUTY: (p) => `You are on permanence duty that day${p.half ? ` (${p.half})` : ''}.`,
      ALREADY_DECLARED: () => 'That day is already declared as telework.',
    },
  },
  approval: {
    title: (requester) => `Telework request from ${requester}`,
    intro: (requester) => `${requester} asks to telework:`,
    why: {
      OCCASIONAL_NEEDS_APPROVAL: () =>
        'Occasional telework (outside the agreed structural days): to be approved before the day.',
      PERMANENCE_AT_MINIMUM: presence,
    },
    presence: 'Presence on site',
    quota: 'Quota',
    othersOnSite: 'Still on site',
    nobodyElse: 'nobody',
    presenceLine: (p) =>
      `${p.team}, ${p.half}: ${p.onSiteAfter} left on site (minimum ${p.minimum}${p.functionName ? ` ${p.functionName}` : ''})`,
    approve: 'Approve',
    reject: 'Reject',
    waiting: 'Waiting for a decision',
    approvedBy: (name, at) => `Approved by ${name} on ${at}`,
    rejectedBy: (name, at) => `Rejected by ${name} on ${at}`,
    cancelled: 'Request cancelled',
  },
  notice: {
    approvedTitle: 'Telework approved',
    rejectedTitle: 'Telework rejected',
    approved: (days, by) =>
      `Your telework on ${formatList('en', days, 'conjunction')} was approved by ${by}.`,
    rejected: (days, by) =>
      `Your telework on ${formatList('en', days, 'conjunction')} was rejected by ${by}.`,
    note: (note) => `Note: “${note}”`,
    cancelledTitle: 'Telework cancelled',
    cancelled: (days) => `Your telework on ${formatList('en', days, 'conjunction')} is cancelled.`,
    removedFromCalendar: 'Removed from your Outlook calendar.',
    removalPending: 'It will be removed from your Outlook calendar in a moment.',
    dutyAssignedTitle: 'Permanence duty',
    dutyRemovedTitle: 'Permanence duty removed',
    dutyAssigned: (days, team, by) =>
      `${by} put you on permanence duty for ${team} on ${formatList('en', days, 'conjunction')}: you are on site.`,
    dutyRemoved: (days, team, by) =>
      `${by} removed your permanence duty for ${team} on ${formatList('en', days, 'conjunction')}.`,
    dutyInCalendars: "Your Outlook calendar and the team's permanence calendar show it.",
  },
  week: {
    title: (range) => `Week of ${range}`,
    thisWeek: (range) => `My week (${range})`,
    nextWeek: (range) => `Next week (${range})`,
    telework: (part) => `Telework (${part})`,
    pending: (part) => `Telework (${part}), waiting for approval`,
    onSite: 'On site',
    holiday: (name) => (name ? `Public holiday: ${name}` : 'Public holiday'),
    closingDay: (name) => (name ? `Closed: ${name}` : 'Closing day'),
    dayOff: 'Not a working day',
    onDuty: (half) => `Permanence duty (${half})`,
  },
  help: {
    title: 'Telework: help',
    intro: 'Write to me in Teams, for example:',
    notUnderstood: (fragment) => `I did not understand: “${fragment}”`,
    problem: {
      EMPTY: () => 'Your message holds no words I can read. Write for example “/telework tomorrow”.',
      TOO_LONG: (p) =>
        `Your message is too long for me (more than ${p.maxLength} characters). Write just the command, for example “/telework friday”.`,
      UNKNOWN_COMMAND: (p) =>
        `${p.fragment ? `I did not understand “${p.fragment}”.` : 'I did not understand your message.'} Write for example “/telework friday” or “/telework cancel friday”.`,
      NO_DATE: () => 'Which day? Name it, for example “/telework cancel friday” or “/telework 4 December”.',
      UNREADABLE_DATE: (p) =>
        `${p.fragment ? `I cannot read “${p.fragment}” as a day.` : 'I cannot read that day.'} Write for example “/telework 4 December”, “/telework friday morning” or “/telework from monday to wednesday”.`,
      IMPOSSIBLE_DATE: (p) =>
        `${p.fragment ? `“${p.fragment}” is not a possible date` : 'That is not a possible date'}: the day does not exist, its weekday does not match, or the range ends before it starts. Write for example “/telework 27 November” or “/telework 7 to 9 December”.`,
    },
    commands: [
      { example: '/telework tomorrow', meaning: 'telework tomorrow' },
      { example: '/telework friday morning', meaning: 'a half day: morning or afternoon' },
      { example: '/telework 7 to 9 December', meaning: 'several days in a row' },
      { example: '/telework cancel friday', meaning: 'cancel a telework day' },
      { example: '/telework week', meaning: 'your week and the quota left' },
      { example: '/telework next week', meaning: 'next week' },
      { example: '/permanence', meaning: 'your permanence duties this week' },
    ],
    footer: 'Your employer sets the rules (quotas, permanence); I tell you straight away what is possible.',
  },
  error: { title: 'Your request could not be processed', code: (code) => `Code: ${code}` },
  errors: enErrors,
};
