import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { FastifyInstance } from 'fastify';
import { type Clock, systemClock } from '../adapters/clock/brussels-clock.js';
import { belgianWorkingCalendar } from '../adapters/holidays/belgian-holidays.js';
import { loadOrganisation } from '../adapters/organisation-file/load-organisation.js';
import { databaseReadiness } from '../adapters/store/database-readiness.js';
import { openStore } from '../adapters/store/open-store.js';
import type { WorkingCalendar } from '../core/calendar/working-calendar.js';
import type { LedgerStore } from '../core/ledger/ledger.js';
import type { Organisation } from '../core/organisation/organisation.js';
import { buildApp } from './app.js';
import type { Config } from './config.js';
import { connectMicrosoft365, type Microsoft365 } from './connect-microsoft-365.js';

export const DEMO_ORGANISATION_FILE = fileURLToPath(new URL('./demo-organisation.yaml', import.meta.url));

export interface Product {
  app: FastifyInstance;
  organisation: Organisation;
  calendar: WorkingCalendar;
  store: LedgerStore;
  clock: Clock;
  microsoft365: Microsoft365;
  close(): Promise<void>;
}

/**
 * The one place where the product is wired by hand: config in, adapters opened, use cases and
 * routes handed exactly what they use. Tests call it with their own config and clock.
 */
export async function composeProduct(config: Config, clock: Clock = systemClock()): Promise<Product> {
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
  const microsoft365 = await connectMicrosoft365(config);
  const app = buildApp(config, {
    readiness: [databaseReadiness(opened.db)],
    hrApi: { organisation, store: opened.store, clock, tokens: microsoft365.apiTokens },
    ...(microsoft365.localIdentity
      ? {
          localSignIn: {
            organisation,
            identity: microsoft365.localIdentity,
            apiAudience: microsoft365.apiTokens.audience,
          },
        }
      : {}),
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
    close: () => app.close(),
  };
}
