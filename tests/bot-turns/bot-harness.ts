import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeProduct, type Product } from '../../server/composition-root.js';
import { readConfig } from '../../server/config.js';
import { freePort } from '../support/free-port.js';

// The composed product in local mode, listening on a real port: the bot's calendar writes go over
// HTTP to the local Graph it mounts, as with `npm start`. The day is fixed: Monday 23 November 2026.
export const TODAY = '2026-11-23';

export interface BotHarness {
  product: Product;
  baseUrl: string;
  close(): Promise<void>;
}

/** `env` adds variables to the configuration, e.g. DATABASE_URL and ORG_CONFIG. */
export async function startBotHarness(env: Record<string, string> = {}): Promise<BotHarness> {
  const dir = await mkdtemp(join(tmpdir(), 'bot-turns-'));
  const port = await freePort();
  const config = readConfig({ DATA_DIR: dir, PORT: String(port), LOG_LEVEL: 'silent', ...env }, dir);
  const product = await composeProduct(config, {
    clock: { today: () => TODAY, now: () => new Date().toISOString() },
    runCalendarSync: false,
  });
  await product.app.listen({ port, host: '127.0.0.1' });
  return {
    product,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      await product.close();
      await rm(dir, { recursive: true, force: true });
    },
  };
}

let sequence = 0;

/** One message from a person, as Teams sends it; the replies come back in the HTTP answer. */
export function messageActivity(aadObjectId: string, text: string, locale = 'fr-BE') {
  sequence += 1;
  return {
    type: 'message',
    id: `activity-${sequence}`,
    text,
    locale,
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    deliveryMode: 'expectReplies',
    from: { id: `teams-${aadObjectId}`, aadObjectId, name: 'Test' },
    recipient: { id: 'bot', name: 'Telework' },
    conversation: { id: `personal-${aadObjectId}`, conversationType: 'personal' },
    timestamp: new Date().toISOString(),
  };
}

/** An Action.Execute from one of the bot's cards. */
export function cardActionActivity(aadObjectId: string, verb: string, data: Record<string, unknown>) {
  sequence += 1;
  return {
    type: 'invoke',
    name: 'adaptiveCard/action',
    id: `activity-${sequence}`,
    locale: 'fr-BE',
    channelId: 'msteams',
    serviceUrl: 'http://127.0.0.1:9/unused',
    from: { id: `teams-${aadObjectId}`, aadObjectId, name: 'Test' },
    recipient: { id: 'bot', name: 'Telework' },
    conversation: { id: `personal-${aadObjectId}`, conversationType: 'personal' },
    value: { action: { type: 'Action.Execute', verb, data } },
  };
}
