import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { OpenedStore } from '../../adapters/store/open-store.js';
import { DomainError } from '../../core/errors/error-catalogue.js';
import { backends } from './store-backends.js';

// A person holds one permanence duty per half day, whatever the team. Two teams' planners each
// hold only their own team's lock, so when both name the same person for the same morning at the
// same instant, the database's unique index refuses the second write.

const actor = { actorId: 'mgr', source: 'api' as const, at: '2026-11-23T08:00:00.000Z' };

describe.each(backends)('one duty per person and half day on $name', (backend) => {
  let opened: OpenedStore;
  let dispose: () => Promise<void>;
  beforeAll(async () => {
    if (backend.skipReason) return;
    ({ opened, dispose } = await backend.open());
  });
  afterAll(() => dispose?.());

  it('two teams naming one person for one morning at once: one duty, the other DUTY_ALREADY_ASSIGNED', async (context) => {
    if (backend.skipReason) return context.skip(backend.skipReason);
    const duty = { personId: 'anna', date: '2026-12-10', half: 'am' as const };
    const answers = await Promise.allSettled([
      opened.store.assignDuty({ ...duty, teamId: 'social' }, actor),
      opened.store.assignDuty({ ...duty, teamId: 'reception' }, actor),
    ]);
    expect(answers.map((answer) => answer.status).sort()).toEqual(['fulfilled', 'rejected']);
    const refusal = answers.find((answer) => answer.status === 'rejected');
    expect((refusal as PromiseRejectedResult).reason).toBeInstanceOf(DomainError);
    expect(((refusal as PromiseRejectedResult).reason as DomainError).code).toBe('DUTY_ALREADY_ASSIGNED');
    const held = await opened.store.duties(['social', 'reception'], '2026-12-10', '2026-12-10');
    expect(held.filter((d) => d.status === 'assigned')).toHaveLength(1);
    // The afternoon, and the same team's morning again (idempotent), are still fine.
    await opened.store.assignDuty({ ...duty, half: 'pm', teamId: 'reception' }, actor);
    const winner = held[0]?.teamId ?? 'social';
    const again = await opened.store.assignDuty({ ...duty, teamId: winner }, actor);
    expect(again.id).toBe(held[0]?.id);
  });
});
