import type { Config } from './config.js';

/**
 * The one line `npm start` prints once it listens, for a newcomer: where the server is, its API
 * documentation and, in local mode, the local sign-in and how to chat with the bot.
 */
export function startBanner(config: Pick<Config, 'host' | 'port' | 'microsoft365' | 'localToday'>): string {
  const host = ['0.0.0.0', '::'].includes(config.host) ? '127.0.0.1' : config.host;
  const base = `http://${host.includes(':') ? `[${host}]` : host}:${config.port}`;
  const line = `Telework is listening on ${base} · API docs ${base}/docs`;
  if (config.microsoft365.mode !== 'local') return `${line} (production mode)`;
  const today = config.localToday ? ` · demo clock from ${config.localToday}` : '';
  return `${line} · local sign-in ${base}/local/users · chat with the bot: npm run playground${today}`;
}
