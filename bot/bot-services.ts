import type { Clock } from '../core/calendar/clock.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import { isLocale, type Locale, type Organisation, type Person } from '../core/organisation/organisation.js';
import type { AdaptiveCardJson } from './cards/index.js';
import type { ConversationReferences } from './conversations/conversation-references.js';

/** Whether the Outlook side of ledger entries is done yet, as the calendar outbox knows it. */
export type CalendarStatus = (
  entryIds: string[],
) => Promise<Map<string, 'in-calendar' | 'pending-sync' | 'sync-failed'>>;

/** Starts sending a card to a person outside the current turn; false when the bot cannot reach them yet. */
export type Notify = (person: Person, card: AdaptiveCardJson) => Promise<boolean>;

/** What the bot's handlers use, wired once in the composition root. */
export interface BotServices {
  organisation: Organisation;
  calendar: WorkingCalendar;
  store: LedgerStore;
  clock: Clock;
  calendarStatus: CalendarStatus;
  conversations: ConversationReferences;
  notify: Notify;
  /** Asks the calendar outbox to push what is due now, so an answer can say "in your calendar". */
  syncSoon(): Promise<void>;
}

/** "fr-BE" → fr; anything unknown → the person's own locale from the organisation file. */
export function teamsLocale(value: string | undefined, fallback: Locale): Locale {
  const language = value?.slice(0, 2).toLowerCase();
  return isLocale(language) ? language : fallback;
}
