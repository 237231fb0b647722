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
import type { WebPagesOptions } from '../api/plugins/web-pages.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { graphTokenVerifier } from '../local-m365/identity/graph-token-verifier.js';
import { createApp, registerServices } from './app.js';
import type { TeamsBot } from './compose-bot.js';
import type { Config } from './config.js';
import { connectMicrosoft365, type Microsoft365 } from './connect-microsoft-365.js';
import { localGraphDirectory } from './local-graph-directory.js';
import { webPagesOptions } from './web-pages-options.js';

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
  /** Where the web pages are read from; tests pass a folder of their own (no build on first request). */
  webPages?: WebPagesOptions;
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
  const app = createApp(config);
  // Its loops start once the server listens (below): nothing is sent before the local Graph answers.
  const calendarSync = startCalendarSync({
    store: opened.store,
    db: opened.db,
    organisation,
    calendar,
    graph: { baseUrl: microsoft365.graphBaseUrl, tokens: microsoft365.graphTokens },
    clock,
    logger: app.log,
    run: false,
  });
  const conversations = conversationReferenceStore(opened.db);
  const bot = botOnFirstUse(async () => {
    const { composeBot } = await import('./compose-bot.js');
    return composeBot(
      config.microsoft365,
      {
        organisation,
        calendar,
        store: opened.store,
        clock,
        conversations,
        calendarStatus: calendarStatus(opened.db),
        // The answer waits for one drain, so that it can say "in your Outlook calendar" when it is.
        syncSoon: () => drainBriefly(calendarSync, app.log),
      },
      app.log,
    );
  });
  registerServices(app, {
    readiness: [databaseReadiness(opened.db), outboxReadiness(opened.db, clock.now)],
    hrApi: {
      organisation,
      store: opened.store,
      clock,
      tokens: microsoft365.apiTokens,
      calendarSync: { parked: () => calendarSync.parked(), requeue: (ids) => calendarSync.requeue(ids) },
      planning: {
        calendar,
        store: opened.store,
        // A decision from the API tells the requester as the card's buttons do, and a duty the
        // person who holds it; a failure to reach them in Teams is logged, the change stands.
        tellRequester: (entry, decider) =>
          bot()
            .then((teams) => teams.tellRequester(entry, decider))
            .catch((error: unknown) =>
              app.log.warn({ err: error }, 'telling the requester of an API decision failed'),
            ),
        tellOnDuty: (notice) =>
          bot()
            .then((teams) => teams.tellOnDuty(notice))
            .catch((error: unknown) =>
              app.log.warn({ err: error }, 'telling a person of a permanence duty failed'),
            ),
      },
      myTelework: {
        organisation,
        calendar,
        store: opened.store,
        clock,
        syncSoon: () => drainBriefly(calendarSync, app.log),
        // A day that needs approval sends the approvers the bot's card, as from the chat.
        tellApprovers: (requester, declared) =>
          bot()
            .then((teams) => teams.tellApprovers(requester, declared))
            .catch((error: unknown) =>
              app.log.warn({ err: error }, 'asking the approvers of a declaration from the tab failed'),
            ),
      },
    },
    bot,
    webPages: options.webPages ?? webPagesOptions(config),
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
            ...(config.microsoft365.mode === 'local' ? { faults: config.microsoft365.localGraphFaults } : {}),
          },
        }
      : {}),
  });
  // What the first requests would otherwise wait for is loaded in the background: this year's
  // holidays (about 0.2 s of work) and the bot (botbuilder, about 0.5 s), then the crisis cards'
  // loop, which sends through the bot's adapter. It starts once the server has answered its first
  // request (a readiness probe, usually) or has listened for a second: started at once, it would
  // keep that first request waiting behind it. Never before listening (tests that only inject).
  let crisisNotices: { stop(): Promise<void> } | undefined;
  let warmUpStarted = false;
  let listening = false;
  let closing = false;
  let warmUpTimer: NodeJS.Timeout | undefined;
  const warmUp = () => {
    if (warmUpStarted || !listening || closing) return;
    warmUpStarted = true;
    calendar.publicHoliday(clock.today());
    bot()
      .then(async (teams) => {
        const { startCrisisNotices } = await import('./crisis-notices-loop.js');
        if (closing) return;
        crisisNotices = startCrisisNotices({
          db: opened.db,
          store: opened.store,
          organisation,
          calendar,
          adapter: teams.adapter,
          botAppId: config.microsoft365.mode === 'local' ? '' : config.microsoft365.bot.appId,
          conversations,
          clock,
          log: app.log,
        });
      })
      .catch((error: unknown) => app.log.error({ err: error }, 'the bot could not be loaded'));
  };
  // Once started, nothing is scheduled per answer any more.
  app.addHook('onResponse', async () => {
    if (!warmUpStarted) setImmediate(warmUp);
  });
  app.addHook('onListen', async () => {
    listening = true;
    if (runCalendarSync) calendarSync.start();
    warmUpTimer = setTimeout(warmUp, WARM_UP_AFTER_MS).unref();
  });
  // Before the server and the local Graph close: a drain in flight finishes against them.
  app.addHook('preClose', async () => {
    closing = true;
    clearTimeout(warmUpTimer);
    await calendarSync.stop();
    await crisisNotices?.stop();
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
    calendarSync,
    close: () => app.close(),
  };
}

/** Loads the bot once, on the first message or after listening; a failed load is tried again. */
function botOnFirstUse(load: () => Promise<TeamsBot>): () => Promise<TeamsBot> {
  let loading: Promise<TeamsBot> | undefined;
  return () => {
    loading ??= load().catch((error: unknown) => {
      loading = undefined;
      throw error;
    });
    return loading;
  };
}

/** The longest the warm-up waits for a first request after listening. */
const WARM_UP_AFTER_MS = 1_000;

/** How long a bot answer waits for Outlook: Teams wants an answer within seconds. */
const SYNC_WAIT_MS = 3_000;

/**
 * One drain of the calendar outbox, waited for at most SYNC_WAIT_MS. What is not done by then
 * goes on in the background and the answer says "pending sync"; a failure is logged, and the
 * rows stay in the outbox for the background loop.
 */
async function drainBriefly(sync: CalendarSync, log: FastifyBaseLogger): Promise<void> {
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
