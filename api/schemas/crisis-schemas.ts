import Type from 'typebox';
import { ref } from './common-schemas.js';

// The crisis routes' shapes (named: see named-schemas.ts). Dates are checked by the use case
// (INVALID_DATE), so that a wrong one gets the catalogue's message.

const DateText = (description: string) =>
  Type.String({ maxLength: 10, description: `${description}, YYYY-MM-DD`, examples: ['2026-12-01'] });

export const CrisisPeriod = Type.Object(
  {
    id: Type.String(),
    from: Type.String({ description: 'The first crisis day' }),
    to: Type.Union([Type.String(), Type.Null()], { description: 'The last crisis day; null while it lasts' }),
    reason: Type.String(),
    startedBy: Type.String({ description: 'Who started it (Entra object id)' }),
    startedAt: Type.String({ format: 'date-time' }),
    endedBy: Type.Union([Type.String(), Type.Null()]),
    endedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
  },
  { $id: 'CrisisPeriod', description: 'A dated crisis: the crisis rules apply on each of its days' },
);

export const CrisisPeriodList = Type.Object(
  { periods: Type.Array(ref(CrisisPeriod), { description: 'Oldest first' }) },
  { $id: 'CrisisPeriodList' },
);

export const CrisisStart = Type.Object(
  {
    from: DateText('The first crisis day'),
    // Something to read: the use case trims it, and a reason of spaces would be stored empty.
    reason: Type.String({
      minLength: 1,
      maxLength: 500,
      pattern: '\\S',
      description: 'Why, as people will read it',
    }),
  },
  { $id: 'CrisisStart', additionalProperties: false },
);

export const CrisisEnd = Type.Object(
  { to: DateText('The last crisis day') },
  { $id: 'CrisisEnd', additionalProperties: false },
);
