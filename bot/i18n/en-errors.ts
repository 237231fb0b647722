import type { Messages } from './messages.js';

/** The error catalogue in English: what happened and what to do, never an internal id. */
export const enErrors: Messages['errors'] = {
  ORG_FILE_UNREADABLE: () =>
    'The telework service is not set up correctly (the organisation file cannot be read). Tell the IT department.',
  ORG_FILE_INVALID: () =>
    'The telework service is not set up correctly (the organisation file is invalid). Tell the IT department.',
  CONFIG_INVALID: () => 'The telework service is not set up correctly. Tell the IT department.',
  LOCAL_ONLY: () => 'This test sign-in only works on the development machine.',
  UNKNOWN_UPN: (p) =>
    `Your account ${p.upn ?? ''} is not in ${p.employer}'s organisation file; ask HR to add you.`,
  UNKNOWN_PERSON: (p) => `You are not in ${p.employer}'s organisation file; ask HR to add you.`,
  UNKNOWN_TEAM: () => 'That team does not exist in the organisation file.',
  UNKNOWN_ENTRY: () => 'That telework request cannot be found.',
  INVALID_DATE: (p) =>
    `“${p.value ?? ''}” is not a valid date. Write for example “friday”, “tomorrow” or “27 November”.`,
  INVALID_MONTH: (p) => `“${p.value ?? ''}” is not a valid month. Write for example “November 2026”.`,
  INVALID_PERIOD: (p) =>
    `From ${p.from ?? ''} to ${p.to ?? ''} is not a period that can be planned: it must end on or after its start and last at most ${p.maxDays ?? 93} days.`,
  DATE_OUT_OF_RANGE: (p) =>
    `“${p.value ?? ''}” is too far away: telework can be declared for dates from ${p.from ?? ''} to ${p.to ?? ''}. Write for example “friday” or “27 November”.`,
  MONTH_OUT_OF_RANGE: (p) =>
    `“${p.value ?? ''}” is too far away: months from ${p.from ?? ''} to ${p.to ?? ''} can be used. Write for example “November 2026”.`,
  INVALID_REGIME: () => 'Your working regime is recorded wrongly in the organisation file; tell HR.',
  INVALID_DAY_PART: (p) =>
    `“${p.value ?? ''}” is not a part of the day: write “morning”, “afternoon” or nothing for a full day.`,
  EMPTY_REQUEST: () => 'Your request names no day. For example: /telework tomorrow',
  ENTRY_NOT_PENDING: (p) =>
    `That request is already ${p.status ?? 'decided'}: only a pending request can be approved or rejected.`,
  NO_STRUCTURAL_PATTERN: () =>
    'You have no agreed weekly telework days, so “next week” means nothing yet: name the days, e.g. /telework monday and thursday.',
  NOTHING_TO_CANCEL: (p) => `You have no telework to cancel on ${p.days ?? 'that day'}.`,
  ENTRY_ALREADY_CANCELLED: () => 'That telework is already cancelled.',
  ENTRY_NOT_ACTIVE: (p) =>
    `That telework is ${p.status ?? 'closed'}: only accepted or pending telework can be cancelled.`,
  UNKNOWN_DUTY: () => 'That permanence duty cannot be found.',
  UNKNOWN_PARKED_CHANGE: () => 'That calendar change is not waiting to be sent again.',
  DUTY_OUTSIDE_TEAM: () => 'Only members of the team can hold its permanence.',
  DUTY_ON_WEEKEND: (p) => `${p.date ?? 'That day'} is a weekend day: no permanence is held.`,
  DUTY_ON_HOLIDAY: (p) => `The site is closed on ${p.date ?? 'that day'}: no permanence is held.`,
  DUTY_ON_DAY_OFF: (p) => `That person does not work on ${p.date ?? 'that day'} under their regime.`,
  DUTY_PERSON_SUSPENDED: (p) =>
    `The crisis suspends that person's mission on ${p.date ?? 'that day'}: they hold no permanence in this team (lent to an essential team, they hold it there).`,
  DUTY_IN_PAST: (p) => `${p.date ?? 'That day'} is past: duties are planned from today on.`,
  DUTY_ALREADY_ASSIGNED: (p) => `That person is already on duty on ${p.date ?? 'that day'}.`,
  DUTY_ON_TELEWORK: (p) =>
    `That person teleworks or asked to telework on ${p.date ?? 'that day'}: decide or cancel that first.`,
  DUTY_OUTSIDE_PERIOD: (p) => `The duty on ${p.date ?? 'that day'} is outside the period of the roster.`,
  TEAM_VERSION_STALE: () => "The team's planning changed in the meantime: look at it again, then retry.",
  TEAM_VERSION_REQUIRED: () => "Look at the team's planning first, then change it.",
  NOT_AN_APPROVER: () => "You cannot decide on this request: only the person's managers and HR can.",
  CRISIS_OVERLAPS: (p) =>
    `A crisis from ${p.from ?? 'that day'} would overlap the one from ${p.otherFrom ?? 'before'}; end that one first.`,
  CRISIS_ENDS_BEFORE_START: (p) =>
    `The crisis cannot end on ${p.to ?? 'that day'}: it started on ${p.from ?? 'a later day'}.`,
  NO_CRISIS_UNDER_WAY: () => 'No crisis is under way, so there is nothing to end.',
  UNKNOWN_CRISIS: () => 'That crisis does not exist.',
  CRISIS_ENDED: (p) => `The crisis ended on ${p.to ?? 'an earlier day'}: nobody can be lent for it any more.`,
  UNKNOWN_LOAN: () => 'That loan does not exist in this crisis.',
  LOAN_PERSON_NOT_SUSPENDED: () => 'This person cannot be lent: the crisis does not suspend their mission.',
  LOAN_TEAM_NOT_ESSENTIAL: () =>
    'Nobody can be lent to this team: it keeps no essential permanence in a crisis.',
  LOAN_ASKER_NOT_MANAGER: () => 'Only a manager of the team can ask to borrow someone for it.',
  LOAN_DECISION_FORBIDDEN: () => 'Only HR or an administrator can agree to or refuse a loan.',
  LOAN_ALREADY_DECIDED: () => 'This loan has already been decided.',
  LOAN_ALREADY_ACTIVE: () => 'This person is already asked for or lent in this crisis.',
  MONTH_ALREADY_CLOSED: (p) => `${p.month ?? 'That month'} is already closed.`,
  MONTH_NOT_OVER: (p) =>
    `${p.month ?? 'That month'} is not over yet; it can be closed from ${p.firstDay ?? 'its last day'}.`,
  MONTH_IN_FUTURE: (p) =>
    `${p.month ?? 'That month'} has not begun yet; it can be closed once it is over, from ${p.firstDay ?? 'its last day'}.`,
  INVALID_PAGE: () => 'That page of results does not exist.',
  AUTH_MISSING_TOKEN: () => 'You are not signed in: sign in to Teams again and retry.',
  AUTH_INVALID_TOKEN: () => 'Your sign-in has expired or is not valid: sign in again and retry.',
  AUTH_KEYS_UNAVAILABLE: () => 'Your sign-in cannot be checked right now; try again in a few minutes.',
  AUTH_UNKNOWN_PERSON: (p) => `Your account is not in ${p.employer}'s organisation file; ask HR to add you.`,
  FORBIDDEN_ROLE: (p) => `That needs the ${p.role ?? 'right'} role; ask HR if you need it.`,
  FORBIDDEN_TEAM: () =>
    'You cannot do this for this team: its members see its week, only its managers and HR change it.',
  FORBIDDEN_PERSON: () => "You cannot see this person's tally: only the person, their managers and HR can.",
  RATE_LIMITED: () => 'Too many requests in a row; try again in a moment.',
  NOT_READY: () => 'The telework service is starting or unavailable; try again in a few minutes.',
  REQUEST_INVALID: () => 'The request could not be read; send it again from Teams.',
  REQUEST_TOO_LARGE: () => 'The message is too long; write a shorter one, for example /telework tomorrow.',
  UNSUPPORTED_MEDIA_TYPE: () => 'The request could not be read; send it again from Teams.',
  BOT_REPLY_UNDELIVERED: () => 'The answer could not be delivered; send your message again.',
  BOT_KEYS_UNAVAILABLE: () => 'Your message cannot be checked right now; try again in a few minutes.',
};
