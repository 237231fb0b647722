import Type from 'typebox';
import { MAX_PAGE_SIZE } from '../../core/use-cases/read-tallies.js';
import { Month, PERSON_ID_PATTERN, ref, TEAM_ID_PATTERN } from './common-schemas.js';

// The tallies' shapes in JSON. Fastify serialises answers with them too, so nothing that is not
// described here leaves the server. Time is in minutes, money in integer euro cents. Each answer's
// shape has an `$id`: the OpenAPI document names it (components.schemas), see named-schemas.ts.

const Minutes = (description: string) => Type.Integer({ description: `${description}, in minutes` });
const Cents = (description: string) => Type.Integer({ description: `${description}, in euro cents` });
const Part = Type.Union([Type.Literal('full'), Type.Literal('am'), Type.Literal('pm')]);
const Status = Type.Union([Type.Literal('open'), Type.Literal('closed')], {
  description: 'closed: the figures are final; open: they change until HR closes the month',
});

export const MonthQuery = Type.Object({ month: Month }, { additionalProperties: false });

export const TalliesQuery = Type.Object(
  {
    month: Month,
    team: Type.Optional(
      Type.String({
        pattern: TEAM_ID_PATTERN,
        description: 'Only this team (managers: a team they manage).',
      }),
    ),
    person: Type.Optional(
      Type.String({ pattern: PERSON_ID_PATTERN, description: 'Only this person (their Entra object id).' }),
    ),
    page: Type.Integer({ minimum: 1, maximum: 1_000_000, default: 1, description: 'From 1.' }),
    pageSize: Type.Integer({
      minimum: 1,
      maximum: MAX_PAGE_SIZE,
      default: 100,
      description: `People per page, at most ${MAX_PAGE_SIZE}.`,
    }),
  },
  { additionalProperties: false },
);

export const AllowanceLine = Type.Object(
  {
    rule: Type.Union([Type.Literal('per-day'), Type.Literal('flat'), Type.Literal('cap')]),
    label: Type.String(),
    cents: Cents('The amount of this rule (negative for the cap)'),
    countedDays: Type.Number({
      description: 'Days counted for money (a half day counts as the policy says)',
    }),
    crisis: Type.Optional(
      Type.Boolean({
        description: 'True when the line pays crisis days by the crisis rule (crisis.allowance)',
      }),
    ),
  },
  { $id: 'AllowanceLine', description: 'One rule of the allowance and what it paid' },
);

export const CorrectionLine = Type.Object(
  {
    correctionId: Type.String(),
    entryId: Type.String(),
    entryDate: Type.String({ description: 'The corrected day, in a closed month' }),
    part: Part,
    kind: Type.Union([Type.Literal('structural'), Type.Literal('occasional')]),
    originalMonth: Type.String(),
    createdAt: Type.String(),
    deltaHalves: Type.Integer({ description: '+2/+1: the day started counting; -2/-1: it stopped' }),
    days: Type.Number(),
    minutes: Minutes('Its time at the day value'),
    cents: Cents("Its effect on its own month's allowance, thresholds and cap included"),
  },
  { $id: 'CorrectionLine', description: 'A day of a closed month that started or stopped counting' },
);

export const PersonTally = Type.Object(
  {
    personId: Type.String(),
    upn: Type.String(),
    displayName: Type.String(),
    teams: Type.Array(Type.String()),
    regime: Type.Object({
      share: Type.String({ description: 'Share of full time, e.g. 4/5' }),
      fraction: Type.Number({ description: 'The same as a number, e.g. 0.8' }),
      days: Type.Array(Type.String(), { description: 'Weekdays worked' }),
    }),
    dayValueMinutes: Minutes('A full day at this regime (456 = 7h36)'),
    arrangement: Type.Union([Type.Literal('structural'), Type.Literal('occasional'), Type.Literal('none')]),
    pattern: Type.Array(Type.String(), { description: 'Structural pattern, e.g. [tue, thu-am]' }),
    fullDays: Type.Integer(),
    halfDays: Type.Integer(),
    teleworkDays: Type.Number({ description: 'Full days count 1, half days 0.5' }),
    minutes: Minutes('Telework time at the day value'),
    allowance: Type.Object({
      cents: Cents("The month's own allowance"),
      preset: Type.String({ description: 'The policy preset: leuven, federal, rumst' }),
      rule: Type.String({
        description:
          'The rules that paid: per-day, flat:<label>, cap joined by +, crisis: before a crisis rule; none',
      }),
      lines: Type.Array(ref(AllowanceLine)),
    }),
    corrections: Type.Object({
      days: Type.Number(),
      minutes: Minutes('Time of the corrected days'),
      cents: Cents('What the corrections add or take back'),
      lines: Type.Array(ref(CorrectionLine)),
    }),
    totalCents: Cents('What payroll pays for the month: allowance + corrections'),
  },
  { $id: 'PersonTally', description: "One person's telework month" },
);

export const TallyPage = Type.Object(
  {
    month: Type.String(),
    status: Status,
    page: Type.Integer(),
    pageSize: Type.Integer(),
    total: Type.Integer({ description: 'People visible with this filter, over all pages' }),
    items: Type.Array(ref(PersonTally)),
  },
  { $id: 'TallyPage', description: "A page of the month's tallies" },
);

export const OwnTally = Type.Object(
  { month: Type.String(), status: Status, tally: ref(PersonTally) },
  { $id: 'OwnTally', description: "The caller's own month" },
);

export const MonthState = Type.Object(
  {
    month: Type.String(),
    closedAt: Type.String({ description: 'ISO instant' }),
    closedBy: Type.String({ description: 'Entra object id of who closed it' }),
  },
  { $id: 'MonthState', description: 'A closed month' },
);

export const MonthList = Type.Object(
  { closed: Type.Array(ref(MonthState), { description: 'Oldest first' }) },
  { $id: 'MonthList' },
);

export const CloseParams = Type.Object({ month: Month }, { additionalProperties: false });
