import { describe, expect, it } from 'vitest';
import { MailboxSlots } from '../../adapters/calendar-sync/mailbox-slots.js';
import { DEFAULT_RETRY_POLICY, retryDelayMs } from '../../adapters/calendar-sync/retry-policy.js';
import { createBody, transactionIdFor, updateBody } from '../../adapters/graph/graph-event-body.js';
import { timingOf } from '../../adapters/graph/graph-timing.js';
import { dayOfTiming } from '../../core/calendar-sync/placement.js';
import { leuvenPreset } from '../../core/policy/presets/leuven.js';

// The small rules under the calendar sync, without any server.

describe('transactionId', () => {
  it('is a GUID, the same for the same key, different for another', () => {
    const id = transactionIdFor('entry:e-1:person:anna:0');
    expect(id).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-8[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(transactionIdFor('entry:e-1:person:anna:0')).toBe(id);
    expect(transactionIdFor('entry:e-1:person:anna:1')).not.toBe(id);
  });

  it('goes with a create only: an update never sends it (Graph refuses to change it)', () => {
    const event = {
      tag: { kind: 'entry' as const, id: 'e-1' },
      subject: 'Thuiswerk',
      date: '2026-03-29',
      time: { allDay: true as const },
      showAs: 'workingElsewhere' as const,
      category: 'Telework',
    };
    expect(createBody(event, 'k')).toMatchObject({
      transactionId: transactionIdFor('k'),
      attendees: [],
      start: { dateTime: '2026-03-29T00:00:00', timeZone: 'Europe/Brussels' },
      end: { dateTime: '2026-03-30T00:00:00', timeZone: 'Europe/Brussels' },
    });
    expect(updateBody(event)).not.toHaveProperty('transactionId');
    expect(updateBody(event)).not.toHaveProperty('attendees');
  });
});

describe('reading an event back', () => {
  it('converts UTC to Brussels across the change of time, and keeps all-day dates as they are', () => {
    const utc = (dateTime: string) => ({ dateTime, timeZone: 'UTC' });
    expect(
      timingOf({
        isAllDay: false,
        start: utc('2026-03-27T07:00:00.0000000'),
        end: utc('2026-03-27T11:00:00.0000000'),
      }),
    ).toEqual({
      allDay: false,
      startDate: '2026-03-27',
      startTime: '08:00',
      endDate: '2026-03-27',
      endTime: '12:00',
    });
    expect(
      timingOf({ isAllDay: false, start: utc('2026-03-30T11:00:00'), end: utc('2026-03-30T15:00:00') }),
    ).toMatchObject({
      startTime: '13:00',
      endTime: '17:00',
    });
    expect(
      timingOf({ isAllDay: true, start: utc('2026-10-26T00:00:00'), end: utc('2026-10-27T00:00:00') }),
    ).toMatchObject({
      startDate: '2026-10-26',
      endDate: '2026-10-27',
    });
    expect(() =>
      timingOf({
        isAllDay: false,
        start: { dateTime: '2026-03-30T11:00:00', timeZone: 'Pacific Standard Time' },
        end: utc('x'),
      }),
    ).toThrow(/not asked for/);
  });

  it('tells the day and part of a moved event by the policy’s windows', () => {
    const timed = (startTime: string, endTime: string) => ({
      allDay: false,
      startDate: '2026-03-12',
      startTime,
      endDate: '2026-03-12',
      endTime,
    });
    expect(
      dayOfTiming(
        {
          allDay: true,
          startDate: '2026-03-12',
          startTime: '00:00',
          endDate: '2026-03-13',
          endTime: '00:00',
        },
        leuvenPreset,
      ),
    ).toEqual({
      date: '2026-03-12',
      part: 'full',
    });
    expect(dayOfTiming(timed('08:00', '12:00'), leuvenPreset)).toEqual({ date: '2026-03-12', part: 'am' });
    expect(dayOfTiming(timed('13:00', '17:00'), leuvenPreset)).toEqual({ date: '2026-03-12', part: 'pm' });
    expect(dayOfTiming(timed('09:00', '16:00'), leuvenPreset)).toEqual({ date: '2026-03-12', part: 'full' });
  });
});

describe('retries', () => {
  it('wait at least Retry-After, back off exponentially with jitter, and never past the ceiling', () => {
    const half = () => 0.5;
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, undefined, half)).toBe(750);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 3, undefined, half)).toBe(3000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 7000, half)).toBe(7000);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 1, 0, () => 0)).toBe(500);
    expect(retryDelayMs(DEFAULT_RETRY_POLICY, 40, undefined, () => 1)).toBe(DEFAULT_RETRY_POLICY.maxMs);
  });
});

describe('mailbox slots', () => {
  it('let a batch hold at most four slots of one mailbox, and wait for them', async () => {
    const slots = new MailboxSlots(4);
    const big = slots.weights(Array(20).fill('team'));
    expect(big).toEqual(new Map([['team', 4]]));
    await slots.acquire(big);
    const mixed = slots.weights(['anna', 'team']);
    expect(slots.fits(mixed)).toBe(false);
    expect(slots.fits(slots.weights(['anna', 'bram']))).toBe(true);
    let got = false;
    const waiting = slots.acquire(mixed).then(() => {
      got = true;
    });
    await Promise.resolve();
    expect(got).toBe(false);
    slots.release(big);
    await waiting;
    expect(got).toBe(true);
  });
});
