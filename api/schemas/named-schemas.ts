import type { FastifyInstance } from 'fastify';
import {
  ParkedCalendarChange,
  ParkedCalendarChangeList,
  RequeueRequest,
  RequeueResult,
} from './calendar-sync-schemas.js';
import { Problem } from './common-schemas.js';
import {
  CrisisEnd,
  CrisisLoan,
  CrisisLoanList,
  CrisisPeriod,
  CrisisPeriodList,
  CrisisStart,
  LoanApproval,
  LoanAsk,
  LoanRejection,
} from './crisis-schemas.js';
import { Health, Readiness, ReadinessCheckResult } from './health-schemas.js';
import {
  MyCancellation,
  MyDaysRequest,
  MyDeclaration,
  MyWeek,
  MyWeekDay,
  QuotaLeft,
} from './my-telework-schemas.js';
import { PLANNING_SCHEMAS } from './planning-schemas.js';
import {
  AllowanceLine,
  CorrectionLine,
  MonthList,
  MonthState,
  OwnTally,
  PersonTally,
  TallyPage,
} from './tally-schemas.js';

/**
 * Every request and answer body of the public API, by its `$id`. Added once to the app, so that
 * routes refer to them (ref()) and @fastify/swagger lists them under components.schemas: a client
 * generated from /docs/json (openapi-typescript, NSwag...) gets PersonTally, TallyPage, Problem...
 * as named types.
 */
export const NAMED_SCHEMAS = [
  Problem,
  AllowanceLine,
  CorrectionLine,
  PersonTally,
  TallyPage,
  OwnTally,
  MonthState,
  MonthList,
  CrisisPeriod,
  CrisisPeriodList,
  CrisisStart,
  CrisisEnd,
  CrisisLoan,
  CrisisLoanList,
  LoanAsk,
  LoanApproval,
  LoanRejection,
  ParkedCalendarChange,
  ParkedCalendarChangeList,
  RequeueRequest,
  RequeueResult,
  Health,
  ReadinessCheckResult,
  Readiness,
  ...PLANNING_SCHEMAS,
  MyWeekDay,
  QuotaLeft,
  MyWeek,
  MyDaysRequest,
  MyDeclaration,
  MyCancellation,
] as const;

/** On the root instance, before any route that refers to them. */
export function registerNamedSchemas(app: FastifyInstance): void {
  for (const schema of NAMED_SCHEMAS) app.addSchema(schema);
}
