import Type from 'typebox';
import { ref } from './common-schemas.js';

// The personal tab's API (/me/week, /me/days): the same shapes the bot's week card is built from.

const DATE_PATTERN = '^[0-9]{4}-[0-9]{2}-[0-9]{2}$';
const LocalDate = Type.String({ pattern: DATE_PATTERN, description: 'A day, YYYY-MM-DD.' });
const Part = Type.Union([Type.Literal('full'), Type.Literal('am'), Type.Literal('pm')]);

export const WeekQuery = Type.Object(
  { weekOf: Type.Optional({ ...LocalDate, description: 'Any day of the week; absent: this week.' }) },
  { additionalProperties: false },
);

export const MyWeekDay = Type.Object(
  {
    date: LocalDate,
    entries: Type.Array(
      Type.Object({
        id: Type.String(),
        part: Part,
        status: Type.Union([Type.Literal('accepted'), Type.Literal('pending')]),
      }),
    ),
    off: Type.Optional(
      Type.Object({
        kind: Type.Union([
          Type.Literal('public-holiday'),
          Type.Literal('closing-day'),
          Type.Literal('day-off'),
        ]),
        name: Type.Optional(Type.String()),
      }),
    ),
    duties: Type.Array(Type.Union([Type.Literal('am'), Type.Literal('pm')]), {
      description: 'The half days the person holds the permanence on site',
    }),
  },
  { $id: 'MyWeekDay', description: 'One working day of my week' },
);

export const QuotaLeft = Type.Object(
  {
    period: Type.Union([Type.Literal('week'), Type.Literal('month'), Type.Literal('year')]),
    periodStart: LocalDate,
    limitHalves: Type.Integer(),
    usedHalves: Type.Integer(),
    leftHalves: Type.Integer({ description: 'Half days left in the period' }),
  },
  { $id: 'QuotaLeft', description: 'A quota of the policy and what is left of it' },
);

export const MyWeek = Type.Object(
  { monday: LocalDate, days: Type.Array(ref(MyWeekDay)), quotas: Type.Array(ref(QuotaLeft)) },
  { $id: 'MyWeek', description: 'My week, Monday to Friday: telework, days off, duties, quotas' },
);

export const MyDaysRequest = Type.Object(
  {
    days: Type.Array(Type.Object({ date: LocalDate, part: Part }, { additionalProperties: false }), {
      minItems: 1,
      maxItems: 31,
      // The same day and part twice is a client's mistake: refused whole, not decided twice.
      uniqueItems: true,
    }),
  },
  { $id: 'MyDaysRequest', additionalProperties: false, description: 'Days or half days' },
);

export const MyDeclaration = Type.Object(
  {
    days: Type.Array(
      Type.Object({
        date: LocalDate,
        part: Part,
        outcome: Type.Union([Type.Literal('accept'), Type.Literal('needs-approval'), Type.Literal('refuse')]),
        reason: Type.String({ description: 'The policy reason code (e.g. WEEKLY_QUOTA_EXCEEDED)' }),
        message: Type.String({
          description: "The reason in the person's language, as the bot's card says it",
        }),
        entryId: Type.String(),
      }),
    ),
  },
  { $id: 'MyDeclaration', description: "Each day's decision, as the bot's card shows it" },
);

export const MyCancellation = Type.Object(
  {
    cancelled: Type.Array(Type.Object({ id: Type.String(), date: LocalDate, part: Part })),
    nothingOn: Type.Array(Type.Object({ date: LocalDate, part: Part })),
  },
  { $id: 'MyCancellation', description: 'What was cancelled, and the days that had nothing to cancel' },
);
