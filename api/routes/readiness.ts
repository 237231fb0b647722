import type { FastifyInstance } from 'fastify';
import { DomainError } from '../../core/errors/error-catalogue.js';
import type { ReadinessCheck } from '../../core/health/readiness-check.js';
import { problemFromDomainError, sendProblem } from '../plugins/problem-details.js';
import { jsonAnswer, Problem, ref } from '../schemas/common-schemas.js';
import { Readiness } from '../schemas/health-schemas.js';

/** A check that does not answer within this is failing: a probe must not hang with it. */
const CHECK_TIMEOUT_MS = 2_000;

interface CheckResult {
  name: string;
  ok: boolean;
  detail?: string;
}

async function run(check: ReadinessCheck, timeoutMs: number): Promise<CheckResult> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<{ ok: boolean; detail: string }>((resolve) => {
    timer = setTimeout(() => resolve({ ok: false, detail: `no answer within ${timeoutMs} ms` }), timeoutMs);
  });
  try {
    const result = await Promise.race([check.check(), timeout]);
    return { name: check.name, ok: result.ok, ...(result.detail ? { detail: result.detail } : {}) };
  } catch (error) {
    return { name: check.name, ok: false, detail: error instanceof Error ? error.message : String(error) };
  } finally {
    clearTimeout(timer);
  }
}

/**
 * GET /readyz: 200 when every check passes, 503 problem+json naming the failing ones otherwise.
 * /healthz says the process is alive; this says it can serve (load balancers route on it).
 */
export function registerReadinessRoute(
  app: FastifyInstance,
  checks: readonly ReadinessCheck[],
  timeoutMs = CHECK_TIMEOUT_MS,
): void {
  app.get(
    '/readyz',
    {
      schema: {
        summary: 'Ready to serve: every readiness check passes',
        tags: ['health'],
        response: {
          200: jsonAnswer('Ready', Readiness),
          503: {
            description: 'NOT_READY, naming the failing checks; `checks` lists every check',
            content: { 'application/problem+json': { schema: ref(Problem) } },
          },
        },
      },
    },
    async (_request, reply) => {
      const results = await Promise.all(checks.map((check) => run(check, timeoutMs)));
      const failing = results.filter((result) => !result.ok);
      if (failing.length === 0) return { status: 'ready', checks: results };
      const failingText = failing.map((result) => `${result.name} (${result.detail ?? 'failed'})`).join(', ');
      return sendProblem(
        reply,
        problemFromDomainError(new DomainError('NOT_READY', { failing: failingText })),
        {
          checks: results,
        },
      );
    },
  );
}
