import type { TypeBoxTypeProvider } from '@fastify/type-provider-typebox';
import type { FastifyInstance } from 'fastify';
import type { LocalDate } from '../../core/calendar/local-date.js';
import { askLoan, decideLoan, type LoanDeps, listLoans } from '../../core/use-cases/crisis-loans.js';
import { callerOfRequest } from '../auth/authenticate.js';
import { BEARER, jsonAnswer, PROBLEM_RESPONSES, Problem, ref } from '../schemas/common-schemas.js';
import {
  CrisisLoan,
  CrisisLoanList,
  CrisisParams,
  LoanApproval,
  LoanAsk,
  LoanParams,
  LoanRejection,
} from '../schemas/crisis-schemas.js';

const CONFLICT = (description: string) => ({
  409: { description, content: { 'application/problem+json': { schema: ref(Problem) } } },
});

/** GET and POST /crisis/{crisisId}/loans, POST .../loans/{loanId}/approve and /reject. */
export function registerCrisisLoanRoutes(
  app: FastifyInstance,
  deps: LoanDeps & { clock: { now(): string; today(): LocalDate } },
): void {
  const api = app.withTypeProvider<TypeBoxTypeProvider>();
  api.get(
    '/crisis/:crisisId/loans',
    {
      schema: {
        summary: 'The loans of a crisis',
        description: 'HR and Admin see them all; a manager, those to or from the teams they manage.',
        tags: ['crisis'],
        security: BEARER,
        params: CrisisParams,
        response: { 200: jsonAnswer('The loans, oldest first', CrisisLoanList), ...PROBLEM_RESPONSES },
      },
    },
    async (request) => ({
      loans: await listLoans(deps, { caller: callerOfRequest(request), crisisId: request.params.crisisId }),
    }),
  );
  api.post(
    '/crisis/:crisisId/loans',
    {
      schema: {
        summary: 'Ask to borrow a person whose mission the crisis suspends (a manager of the team)',
        description:
          'The team must keep a minimum of an essential function in a crisis; the person fills it once HR or ' +
          'Admin approve. One loan asked or approved per person and crisis (409 LOAN_ALREADY_ACTIVE).',
        tags: ['crisis'],
        security: BEARER,
        params: CrisisParams,
        body: ref(LoanAsk),
        response: {
          200: jsonAnswer('The loan, asked', CrisisLoan),
          ...PROBLEM_RESPONSES,
          ...CONFLICT(
            'LOAN_PERSON_NOT_SUSPENDED, LOAN_TEAM_NOT_ESSENTIAL, LOAN_ALREADY_ACTIVE, CRISIS_ENDED',
          ),
        },
      },
    },
    async (request) => {
      const body = request.body as { personId: string; teamId: string };
      return askLoan(deps, {
        caller: callerOfRequest(request),
        crisisId: request.params.crisisId,
        ...body,
        today: deps.clock.today(),
        at: deps.clock.now(),
      });
    },
  );
  for (const [verb, decision, body] of [
    ['approve', 'approved', LoanApproval],
    ['reject', 'rejected', LoanRejection],
  ] as const) {
    api.post(
      `/crisis/:crisisId/loans/:loanId/${verb}`,
      {
        schema: {
          summary: `${decision === 'approved' ? 'Agree to' : 'Refuse'} a loan (HR or Admin)`,
          description:
            decision === 'approved'
              ? "From then on the person counts for the team's permanence on the crisis's days."
              : 'The reason is kept with the loan.',
          tags: ['crisis'],
          security: BEARER,
          params: LoanParams,
          body: ref(body),
          response: {
            200: jsonAnswer('The loan, decided', CrisisLoan),
            ...PROBLEM_RESPONSES,
            ...CONFLICT('LOAN_ALREADY_DECIDED, CRISIS_ENDED'),
          },
        },
      },
      async (request) =>
        decideLoan(deps, {
          caller: callerOfRequest(request),
          crisisId: request.params.crisisId,
          loanId: request.params.loanId,
          decision,
          reason: (request.body as { reason?: string }).reason ?? '',
          today: deps.clock.today(),
          at: deps.clock.now(),
        }),
    );
  }
}
