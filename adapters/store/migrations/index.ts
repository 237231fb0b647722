import type { Migration } from 'kysely';
import * as ledger0001 from './0001-ledger.js';
import * as calendarSync0002 from './0002-calendar-sync.js';
import * as botConversations0003 from './0003-bot-conversations.js';
import * as outboxSuspectAttempts0004 from './0004-outbox-suspect-attempts.js';
import * as calendarSyncRounds0005 from './0005-calendar-sync-rounds.js';
import * as crisisPeriods0006 from './0006-crisis-periods.js';
import * as oneDutyPerPersonHalfDay0007 from './0007-one-duty-per-person-half-day.js';
import * as crisisLoans0008 from './0008-crisis-loans.js';

/**
 * Every migration, in order. Listed in code rather than read from a folder: nothing depends on
 * the working directory or on how the code is bundled. Never rename or edit a shipped one; add
 * the next as 0002-....
 */
export const migrations: Record<string, Migration> = {
  '0001-ledger': ledger0001,
  '0002-calendar-sync': calendarSync0002,
  '0003-bot-conversations': botConversations0003,
  '0004-outbox-suspect-attempts': outboxSuspectAttempts0004,
  '0005-calendar-sync-rounds': calendarSyncRounds0005,
  '0006-crisis-periods': crisisPeriods0006,
  '0007-one-duty-per-person-half-day': oneDutyPerPersonHalfDay0007,
  '0008-crisis-loans': crisisLoans0008,
};
