import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyBaseLogger, FastifyInstance } from 'fastify';
import { type CalendarSync, startCalendarSync } from '../adapters/calendar-sync/start-calendar-sync.js';
import { type Clock, clockStartingOn, systemClock } from '../adapters/clock/brussels-clock.js';
import { belgianWorkingCalendar } from '../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../adapters/organisation-file/load-organisation.js';
import { calendarStatus } from '../adapters/store/calendar-status.js';
import { conversationReferenceStore } from '../adapters/store/conversation-reference-store.js';
import { databaseReadiness } from '../adapters/store/database-readiness.js';
import { openStore } from '../adapters/store/open-store.js';
import { outboxReadiness } from '../adapters/store/outbox-readiness.js';
import { createBotAdapter } from '../bot/bot-adapter.js';
import { proactiveNotify } from '../bot/conversations/proactive-notify.js';
import { TeleworkBot } from '../bot/telework-bot.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { graphTokenVerifier } from '../local-m365/identity/graph-token-verifier.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { connectMicrosoft365, type Microsoft365 } from './connect-microsoft-365.js';
import { startCrisisNotices } from './crisis-notices-loop.js';
import { localGraphDirectory } from './local-graph-directory.js';

export const DEMO_ORGANISATION_FILE = fileURLToPath(new URL('./demo-organisation.yaml', import.meta.url));

export interface Product {
  app: FastifyInstance;
  organisation: Organisation;
  calendar: WorkingCalendar;
  store: LedgerStore;
  clock: Clock;
  microsoft365: Microsoft365;
  calendarSync: CalendarSync;
  close(): Promise<void>;
}

/**
 * The one place where the product is wired by hand: config in, adapters opened, use cases and
 * routes handed exactly what they use. Tests call it with their own config and clock.
 */
export interface ComposeOptions {
  clock?: Clock;
  /** false: no background calendar sync; tests drive calendarSync.drainOnce() themselves. */
  runCalendarSync?: boolean;
}

export async function composeProduct(config: Config, options: ComposeOptions = {}): Promise<Product> {
  const {
    clock = config.localToday ? clockStartingOn(config.localToday) : systemClock(),
    runCalendarSync = true,
  } = options;
  const organisation = await loadOrganisation(config.organisationFile ?? DEMO_ORGANISATION_FILE);
  const calendar = belgianWorkingCalendar({
    region: organisation.employer.holidayRegion,
    closingDays: organisation.employer.closingDays,
  });
  const opened = await openStore(
    config.databaseUrl
      ? { databaseUrl: config.databaseUrl }
      : { sqliteFile: join(config.dataDir, 'telework.sqlite') },
  );
  // A certificate that cannot be read stops the start: the store opened above is closed first.
  const microsoft365 = await connectMicrosoft365(config).catch(async (error: unknown) => {
    await opened.close();
    throw error;
  });
  // Started once the app (and its logger) exists; the bot asks it for a drain after a change.
  let calendarSync: CalendarSync | undefined;
  const conversations = conversationReferenceStore(opened.db);
  const m365 = config.microsoft365;
  const botAdapter = createBotAdapter(
    m365.mode === 'local'
      ? { mode: 'anonymous' }
      : {
          mode: 'single-tenant',
          appId: m365.bot.appId,
          tenantId: m365.tenantId,
          password: m365.bot.password,
        },
  );
  const bot = new TeleworkBot({
    organisation,
    calendar,
    store: opened.store,
    clock,
    conversations,
    calendarStatus: calendarStatus(opened.db),
    notify: (person, card) => notify(person, card),
    // The answer waits for one drain, so that it can say "in your Outlook calendar" when it is.
    syncSoon: () => drainBriefly(calendarSync, app.log),
  });
  const app = buildApp(config, {
    readiness: [databaseReadiness(opened.db), outboxReadiness(opened.db, clock.now)],
    hrApi: {
      organisation,
      store: opened.store,
      clock,
      tokens: microsoft365.apiTokens,
      calendarSync: { parked: () => sync.parked(), requeue: (ids) => sync.requeue(ids) },
    },
    bot: { adapter: botAdapter, bot },
    ...(microsoft365.localIdentity
      ? {
          localSignIn: {
            organisation,
            identity: microsoft365.localIdentity,
            apiAudience: microsoft365.apiTokens.audience,
          },
          localGraph: {
            directory: localGraphDirectory(organisation),
            verifyToken: graphTokenVerifier(microsoft365.localIdentity),
            storageFile: join(config.dataDir, 'local-graph.sqlite'),
            ...(m365.mode === 'local' ? { faults: m365.localGraphFaults } : {}),
          },
        }
      : {}),
  });
  const notify = proactiveNotify(
    botAdapter,
    m365.mode === 'local' ? '' : m365.bot.appId,
    conversations,
    app.log,
  );
  const sync = startCalendarSync({
    store: opened.store,
    db: opened.db,
    organisation,
    calendar,
    graph: { baseUrl: microsoft365.graphBaseUrl, tokens: microsoft365.graphTokens },
    clock,
    logger: app.log,
    run: runCalendarSync,
  });
  calendarSync = sync;
  const crisisNotices = startCrisisNotices({
    db: opened.db,
    store: opened.store,
    organisation,
    adapter: botAdapter,
    botAppId: m365.mode === 'local' ? '' : m365.bot.appId,
    conversations,
    clock,
    log: app.log,
  });
  // Before the server and the local Graph close: a drain in flight finishes against them.
  app.addHook('preClose', async () => {
    await sync.stop();
    await crisisNotices.stop();
  });
  app.addHook('onClose', async () => {
    await microsoft365.close();
    await opened.close();
  });
  return {
    app,
    organisation,
    calendar,
    store: opened.store,
    clock,
    microsoft365,
    calendarSync: sync,
    close: () => app.close(),
  };
}

/** How long a bot answer waits for Outlook: Teams wants an answer within seconds. */
const SYNC_WAIT_MS = 3_000;

/**
 * One drain of the calendar outbox, waited for at most SYNC_WAIT_MS. What is not done by then
 * goes on in the background and the answer says "pending sync"; a failure is logged, and the
 * rows stay in the outbox for the background loop.
 */
async function drainBriefly(sync: CalendarSync | undefined, log: FastifyBaseLogger): Promise<void> {
  if (!sync) return;
  const drain = sync.drainOnce().then(
    () => undefined,
    (error: unknown) => log.warn({ err: error }, 'calendar drain after a bot answer failed'),
  );
  let timer: NodeJS.Timeout | undefined;
  const deadline = new Promise<void>((resolve) => {
    timer = setTimeout(resolve, SYNC_WAIT_MS);
  });
  await Promise.race([drain, deadline]);
  clearTimeout(timer);
}
