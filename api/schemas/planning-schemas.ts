import Type from 'typebox';
import { DATE_PATTERN, PERSON_ID_PATTERN, ref, TEAM_ID_PATTERN } from './common-schemas.js';

// The permanence planning API's shapes. Each answer's shape has an `$id` (named-schemas.ts).

const DateField = (description: string) =>
  Type.String({ pattern: DATE_PATTERN, description, examples: ['2026-12-07'] });
const PersonId = Type.String({ pattern: PERSON_ID_PATTERN, description: "The person's Entra object id" });
const Half = Type.Union([Type.Literal('am'), Type.Literal('pm')], {
  description: 'am: morning, pm: afternoon',
});
const People = (description: string) => Type.Array(Type.String(), { description });

export const TeamParams = Type.Object(
  { teamId: Type.String({ pattern: TEAM_ID_PATTERN }) },
  { additionalProperties: false },
);
export const DutyParams = Type.Object(
  { teamId: Type.String({ pattern: TEAM_ID_PATTERN }), dutyId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
export const EntryParams = Type.Object(
  { entryId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);
export const PeriodQuery = Type.Object(
  {
    from: DateField('First day'),
    to: DateField('Last day, at most 93 days after the first (both included)'),
  },
  { additionalProperties: false },
);
export const RequestsQuery = Type.Object(
  { status: Type.Literal('pending', { description: 'Only pending requests are listed' }) },
  { additionalProperties: false },
);

export const PermanenceRule = Type.Object(
  {
    weekdays: Type.Array(Type.String(), { description: 'The weekdays it holds on (mon...fri)' }),
    halves: Type.Array(Half, { description: 'The halves it holds on' }),
    minimumOnSite: Type.Integer({ description: 'People on site, all functions together' }),
    byFunction: Type.Record(Type.String(), Type.Integer(), { description: 'People on site per function' }),
  },
  { $id: 'PermanenceRule', description: 'A minimum on site per half day' },
);

const teamFields = {
  teamId: Type.String(),
  name: Type.String(),
  managers: People('Entra object ids of its managers'),
  permanenceMailbox: Type.Optional(
    Type.String({ description: 'The shared mailbox of its permanence calendar' }),
  ),
  rules: Type.Array(ref(PermanenceRule)),
  members: Type.Array(
    Type.Object({ personId: Type.String(), displayName: Type.String(), function: Type.String() }),
  ),
};
export const PlannableTeam = Type.Object(teamFields, {
  $id: 'PlannableTeam',
  description: 'A team whose permanence the caller may plan',
});
export const VisibleTeam = Type.Object(
  {
    ...teamFields,
    mayPlan: Type.Boolean({ description: 'The caller may change its planning (else: they see it only)' }),
  },
  { $id: 'VisibleTeam', description: 'A team whose week the caller may see: one they plan, or their own' },
);

export const PlannableTeamList = Type.Object(
  { teams: Type.Array(ref(PlannableTeam)) },
  { $id: 'PlannableTeamList', description: 'The teams the caller may plan' },
);

export const VisibleTeamList = Type.Object(
  { teams: Type.Array(ref(VisibleTeam)) },
  { $id: 'VisibleTeamList', description: 'The teams whose week the caller may see' },
);

export const HalfDayCoverage = Type.Object(
  {
    date: Type.String(),
    part: Half,
    dayOff: Type.Optional(
      Type.Object({
        kind: Type.Union([
          Type.Literal('weekend'),
          Type.Literal('public-holiday'),
          Type.Literal('closing-day'),
        ]),
        name: Type.String(),
      }),
    ),
    minimumOnSite: Type.Integer(),
    byFunction: Type.Record(
      Type.String(),
      Type.Object({ minimum: Type.Integer(), onSite: Type.Integer(), onDuty: Type.Integer() }),
      { description: "Each function's minimum, with its people on site and on duty (and on site)" },
    ),
    onSite: People('On site: working, no telework'),
    teleworking: People('Accepted telework'),
    pending: People('A pending telework request'),
    onDuty: People('Named on duty (conflicts say which duties hold nothing)'),
    notWorking: People('Regime day off, public holiday or closing day'),
    suspended: People('On a crisis day: a mission the continuity plan suspends (not counted, not absent)'),
    lent: People('On a crisis day: lent to another, essential team (counted there)'),
    duties: Type.Array(Type.Object({ dutyId: Type.String(), personId: Type.String() }), {
      description: 'The duties of the half day, with the ids DELETE takes',
    }),
    conflicts: Type.Array(
      Type.Object({
        code: Type.String({
          description:
            'BELOW_MINIMUM, FUNCTION_MINIMUM_UNMET, DUTIES_BELOW_MINIMUM, DUTY_ON_TELEWORK_DAY, DUTY_ON_DAY_OFF, DUTY_OUTSIDE_TEAM, DUTY_PERSON_SUSPENDED (a crisis day: a member whose mission is suspended, lent or not)',
        }),
        personId: Type.Optional(Type.String()),
        function: Type.Optional(Type.String()),
      }),
    ),
  },
  { $id: 'HalfDayCoverage', description: "A half day of a team's permanence" },
);

export const TeamCoverage = Type.Object(
  {
    teamId: Type.String(),
    from: Type.String(),
    to: Type.String(),
    version: Type.String({ description: 'The team’s version, also the ETag: send it back in If-Match' }),
    halfDays: Type.Array(ref(HalfDayCoverage)),
    loans: Type.Array(
      Type.Object({
        personId: Type.String(),
        displayName: Type.String(),
        teamId: Type.String({ description: 'The essential team the person is lent to' }),
        teamName: Type.String(),
        direction: Type.Union([Type.Literal('in'), Type.Literal('out')], {
          description: "'in': lent to this team; 'out': a member lent to another team",
        }),
        from: Type.String({ description: 'The first day of the loan (the crisis’s first day)' }),
        to: Type.Union([Type.String(), Type.Null()], {
          description: 'Its last day; null while the crisis lasts',
        }),
      }),
      { description: 'The approved crisis loans of the period to or from the team, by name' },
    ),
  },
  { $id: 'TeamCoverage', description: "A team's coverage over a period" },
);

export const DutyRequest = Type.Object(
  { date: DateField('The day'), part: Half, personId: PersonId },
  { $id: 'DutyRequest', additionalProperties: false, description: 'A duty to plan' },
);

export const Duty = Type.Object(
  { dutyId: Type.String(), date: Type.String(), part: Half, personId: Type.String() },
  { $id: 'Duty', description: 'A planned permanence duty' },
);

export const PeriodRequest = Type.Object(
  { from: DateField('First day'), to: DateField('Last day, at most 93 days after the first') },
  { $id: 'PeriodRequest', additionalProperties: false, description: 'A planning period' },
);

export const RosterProposal = Type.Object(
  {
    version: Type.String({ description: 'The version the proposal was made against' }),
    duties: Type.Array(Type.Object({ date: Type.String(), part: Half, personId: Type.String() })),
    uncovered: Type.Array(
      Type.Object({
        date: Type.String(),
        part: Half,
        code: Type.Union([Type.Literal('NOBODY_AVAILABLE'), Type.Literal('FUNCTION_UNAVAILABLE')]),
        function: Type.Optional(Type.String()),
        missing: Type.Integer({ description: 'How many more people the minimum needs than can be named' }),
      }),
    ),
  },
  { $id: 'RosterProposal', description: 'The duties a fair roster would add (nothing is written)' },
);

export const RosterRequest = Type.Object(
  {
    from: DateField('First day'),
    to: DateField('Last day, at most 93 days after the first'),
    duties: Type.Array(ref(DutyRequest), { maxItems: 2_000 }),
  },
  { $id: 'RosterRequest', additionalProperties: false, description: 'Duties to plan at once' },
);

export const AppliedRoster = Type.Object(
  { version: Type.String(), duties: Type.Array(ref(Duty)) },
  { $id: 'AppliedRoster', description: 'The duties written, and the team’s new version' },
);

export const PendingRequest = Type.Object(
  {
    entryId: Type.String(),
    personId: Type.String(),
    date: Type.String(),
    part: Type.Union([Type.Literal('full'), Type.Literal('am'), Type.Literal('pm')]),
    kind: Type.Union([Type.Literal('structural'), Type.Literal('occasional')]),
    reason: Type.String({
      description: 'Why it needs approval (OCCASIONAL_NEEDS_APPROVAL, PERMANENCE_AT_MINIMUM...)',
    }),
    approvers: People('Who may decide'),
    createdAt: Type.String(),
  },
  { $id: 'PendingRequest', description: 'A telework request waiting for a decision' },
);

export const PendingRequestList = Type.Object(
  { teamId: Type.String(), requests: Type.Array(ref(PendingRequest)) },
  { $id: 'PendingRequestList' },
);

export const DecisionRequest = Type.Object(
  {
    decision: Type.Union([Type.Literal('approve'), Type.Literal('reject')]),
    reason: Type.Optional(Type.String({ maxLength: 1_000, description: 'Kept in the ledger as proof' })),
  },
  { $id: 'DecisionRequest', additionalProperties: false },
);

export const DecidedRequest = Type.Object(
  {
    entryId: Type.String(),
    status: Type.Union([Type.Literal('accepted'), Type.Literal('refused')]),
    decidedBy: Type.String(),
  },
  { $id: 'DecidedRequest' },
);

export const PLANNING_SCHEMAS = [
  PermanenceRule,
  PlannableTeam,
  PlannableTeamList,
  VisibleTeam,
  VisibleTeamList,
  HalfDayCoverage,
  TeamCoverage,
  DutyRequest,
  Duty,
  PeriodRequest,
  RosterProposal,
  RosterRequest,
  AppliedRoster,
  PendingRequest,
  PendingRequestList,
  DecisionRequest,
  DecidedRequest,
] as const;
