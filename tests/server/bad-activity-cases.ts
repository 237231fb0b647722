import { cardActionActivity, messageActivity } from '../bot-turns/bot-harness.js';
import { JULIE } from './bad-input-harness.js';

// Bad activities for POST /api/messages. A malformed activity is a 400 problem+json before
// botbuilder sees it; a well-formed one with bad content (a date out of the calendar, an unknown
// verb, missing data) is answered by the bot with its error card, code included, and writes nothing.

export type ActivityExpected =
  | { status: number; code: string }
  /** The bot's error card (an invoke's answer or a reply), with this code. */
  | { card: string }
  /** Answered by the bot without a write, with this status; what it says is not the point here. */
  | { answered: number };

export interface ActivityCase {
  label: string;
  payload: unknown;
  contentType?: string;
  expected: ActivityExpected;
}

const message = (text: string) => messageActivity(JULIE, text, 'en-GB');
const press = (verb: string, data: Record<string, unknown>) => cardActionActivity(JULIE, verb, data);
const invalid = { status: 400, code: 'REQUEST_INVALID' };
const without = (name: string) => {
  const { [name as 'type']: _dropped, ...rest } = message('/telework tomorrow');
  return rest;
};

export const ACTIVITY_CASES: ActivityCase[] = [
  // Malformed: 400 before botbuilder (an activity without type used to crash it: 500).
  ...['type', 'from', 'conversation', 'recipient', 'channelId', 'serviceUrl'].map((name) => ({
    label: `no ${name}`,
    payload: without(name),
    expected: invalid,
  })),
  { label: 'an empty object', payload: {}, expected: invalid },
  { label: 'an array', payload: [message('/telework tomorrow')], expected: invalid },
  { label: 'a JSON string', payload: '"hello"', contentType: 'application/json', expected: invalid },
  { label: 'null', payload: 'null', contentType: 'application/json', expected: invalid },
  {
    label: 'text/plain',
    payload: '/telework tomorrow',
    contentType: 'text/plain',
    expected: { status: 415, code: 'UNSUPPORTED_MEDIA_TYPE' },
  },
  {
    label: 'JSON that does not parse',
    payload: '{"type":"message",',
    contentType: 'application/json',
    expected: invalid,
  },
  { label: 'a number for type', payload: { ...message('/telework tomorrow'), type: 5 }, expected: invalid },
  { label: 'an empty type', payload: { ...message('/telework tomorrow'), type: '' }, expected: invalid },
  { label: 'a number for the text', payload: { ...message('x'), text: 5 }, expected: invalid },
  {
    label: 'a conversation that is a string',
    payload: { ...message('/telework tomorrow'), conversation: 'c' },
    expected: invalid,
  },
  {
    label: 'a sender without id',
    payload: { ...message('/telework tomorrow'), from: { aadObjectId: JULIE } },
    expected: invalid,
  },
  {
    label: 'a service URL that is no URL',
    payload: { ...message('/telework tomorrow'), serviceUrl: 'javascript:alert(1)' },
    expected: invalid,
  },
  {
    label: 'a text longer than Teams allows',
    payload: message('/telework '.repeat(5_000)),
    expected: invalid,
  },
  {
    label: 'a huge sender id',
    payload: { ...message('/telework tomorrow'), from: { id: 'x'.repeat(100_000), aadObjectId: JULIE } },
    expected: invalid,
  },
  {
    label: 'membersAdded that is no list',
    payload: { ...message('hi'), type: 'conversationUpdate', membersAdded: 'everyone' },
    expected: invalid,
  },
  {
    label: 'deep JSON in channelData',
    payload: `{"type":"message","channelData":${'{"a":'.repeat(50_000)}1${'}'.repeat(50_000)}}`,
    contentType: 'application/json',
    expected: invalid,
  },
  {
    label: 'a card invoke without value',
    payload: { ...press('declare', {}), value: undefined },
    expected: invalid,
  },
  {
    label: 'a card invoke whose value is a number',
    payload: { ...press('declare', {}), value: 5 },
    expected: invalid,
  },
  {
    label: 'a card invoke without verb',
    payload: { ...press('declare', {}), value: { action: { type: 'Action.Execute' } } },
    expected: invalid,
  },
  {
    label: 'a card invoke that is no Action.Execute',
    payload: { ...press('declare', {}), value: { action: { type: 'Action.Submit', verb: 'declare' } } },
    expected: invalid,
  },
  {
    label: 'card data that is a list',
    payload: {
      ...press('declare', {}),
      value: { action: { type: 'Action.Execute', verb: 'declare', data: [1] } },
    },
    expected: invalid,
  },

  // Its reply cannot reach the Bot Framework (no expectReplies, a connector that does not answer):
  // an upstream failure, 502 (it was a 500 with the network error's text).
  {
    label: 'a reply to a connector that does not answer',
    payload: { ...message('/telework help'), deliveryMode: 'normal' },
    expected: { status: 502, code: 'BOT_REPLY_UNDELIVERED' },
  },
  // An invoke the bot does not implement: botbuilder's 501, as the Bot Framework protocol says.
  {
    label: 'an invoke the bot does not know',
    payload: { ...press('declare', {}), name: 'composeExtension/query' },
    expected: { answered: 501 },
  },
  {
    label: 'an event',
    payload: { ...message('x'), type: 'event', name: 'nothing' },
    expected: { answered: 200 },
  },
  {
    label: 'an unknown activity type',
    payload: { ...message('x'), type: 'zzz' },
    expected: { answered: 200 },
  },

  // Well-formed, bad content: the bot's card, and nothing written. 9999-12-31 used to be
  // recorded as a refusal and then answer 500 "not a calendar date: +010000-02".
  {
    label: '/telework 9999-12-31',
    payload: message('/telework 9999-12-31'),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  // In the calendar, but the quota week of 31 December 2099 ends in 2100.
  {
    label: '/telework 2099-12-31',
    payload: message('/telework 2099-12-31'),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: 'the declare button with 2099-12-31',
    payload: press('declare', { date: '2099-12-31', part: 'full' }),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: '/telework cancel 9999-12-31',
    payload: message('/telework cancel 9999-12-31'),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: 'the declare button with 9999-12-31',
    payload: press('declare', { date: '9999-12-31', part: 'full' }),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: 'the declare button with year 0',
    payload: press('declare', { date: '0000-01-01', part: 'full' }),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: 'the declare button with 1999-12-31',
    payload: press('declare', { date: '1999-12-31', part: 'am' }),
    expected: { card: 'DATE_OUT_OF_RANGE' },
  },
  {
    label: 'the declare button with 30 February',
    payload: press('declare', { date: '2027-02-30', part: 'full' }),
    expected: { card: 'INVALID_DATE' },
  },
  {
    label: 'the declare button with a number for the date',
    payload: press('declare', { date: 20261126, part: 'full' }),
    expected: { card: 'INVALID_DATE' },
  },
  {
    label: 'the declare button with a huge date',
    payload: press('declare', { date: '2026-11-26'.repeat(2_000), part: 'full' }),
    expected: { card: 'INVALID_DATE' },
  },
  {
    label: 'the declare button without data',
    payload: press('declare', {}),
    expected: { card: 'INVALID_DATE' },
  },
  {
    label: 'the declare button with an unknown part',
    payload: press('declare', { date: '2026-11-26', part: 'night' }),
    expected: { card: 'INVALID_DAY_PART' },
  },
  {
    label: 'an unknown verb',
    payload: press('format-disk', { date: '2026-11-26' }),
    expected: { card: 'EMPTY_REQUEST' },
  },
  {
    label: 'undo of unknown entries',
    payload: press('undo', { entryIds: ['no-such-entry', 'x'.repeat(10_000)] }),
    expected: { card: 'ENTRY_ALREADY_CANCELLED' },
  },
  {
    label: 'undo with ids that are no list',
    payload: press('undo', { entryIds: 5 }),
    expected: { card: 'ENTRY_ALREADY_CANCELLED' },
  },
  {
    label: 'approve an unknown entry',
    payload: press('approve', { entryId: 'no-such-entry' }),
    expected: { card: 'UNKNOWN_ENTRY' },
  },
  { label: 'reject without an entry', payload: press('reject', {}), expected: { card: 'UNKNOWN_ENTRY' } },
  {
    label: 'refresh an unknown approval',
    payload: press('refreshApproval', { entryIds: [{ id: 1 }] }),
    expected: { card: 'UNKNOWN_ENTRY' },
  },
  {
    label: 'a person not in the organisation',
    payload: messageActivity('abcdefab-0000-4000-8000-000000000000', '/telework tomorrow', 'en-GB'),
    expected: { card: 'UNKNOWN_PERSON' },
  },
  {
    label: 'a long message',
    payload: message(`/telework ${'tomorrow '.repeat(70)}`),
    expected: { answered: 200 },
  },
];
