import Type from 'typebox';
import { PERSON_ID_PATTERN, ref, TEAM_ID_PATTERN } from './common-schemas.js';

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

// Lending a person whose mission the crisis suspends to an essential team.

export const CrisisLoan = Type.Object(
  {
    id: Type.String(),
    crisisId: Type.String(),
    personId: Type.String({ description: 'The person lent (Entra object id)' }),
    teamId: Type.String({ description: 'The essential team they are lent to' }),
    function: Type.String({
      description: 'The essential function they fill there: the minimum they count for',
    }),
    status: Type.Union([Type.Literal('asked'), Type.Literal('approved'), Type.Literal('rejected')]),
    askedBy: Type.String(),
    askedAt: Type.String({ format: 'date-time' }),
    decidedBy: Type.Union([Type.String(), Type.Null()]),
    decidedAt: Type.Union([Type.String({ format: 'date-time' }), Type.Null()]),
    reason: Type.String({ description: "HR's reason, when refused" }),
  },
  {
    $id: 'CrisisLoan',
    description:
      "A person lent to an essential team for a crisis: once approved, they count for that team's permanence on the crisis's days",
  },
);

export const CrisisLoanList = Type.Object(
  { loans: Type.Array(ref(CrisisLoan), { description: 'Oldest first' }) },
  { $id: 'CrisisLoanList' },
);

export const LoanAsk = Type.Object(
  {
    personId: Type.String({ pattern: PERSON_ID_PATTERN, description: 'Whom to borrow' }),
    teamId: Type.String({ pattern: TEAM_ID_PATTERN, description: 'The essential team the asker manages' }),
  },
  { $id: 'LoanAsk', additionalProperties: false },
);

export const LoanApproval = Type.Object(
  { reason: Type.Optional(Type.String({ maxLength: 500 })) },
  { $id: 'LoanApproval', additionalProperties: false },
);

export const LoanRejection = Type.Object(
  {
    reason: Type.String({
      minLength: 1,
      maxLength: 500,
      pattern: '\\S',
      description: 'Why, as the manager will read it',
    }),
  },
  { $id: 'LoanRejection', additionalProperties: false },
);

export const CrisisParams = Type.Object(
  { crisisId: Type.String({ minLength: 1, maxLength: 64 }) },
  { additionalProperties: false },
);

export const LoanParams = Type.Object(
  {
    crisisId: Type.String({ minLength: 1, maxLength: 64 }),
    loanId: Type.String({ minLength: 1, maxLength: 64 }),
  },
  { additionalProperties: false },
);
