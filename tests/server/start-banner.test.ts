import { describe, expect, it } from 'vitest';
import { readConfig } from '../../server/config.js';
import { startBanner } from '../../server/start-banner.js';

describe('the line npm start prints once it listens', () => {
  it('local mode: the URL, the API docs, the local sign-in and how to chat, on one line', () => {
    const line = startBanner(readConfig({ PORT: '4000' }, '/srv'));
    expect(line).toBe(
      'Telework is listening on http://127.0.0.1:4000 · API docs http://127.0.0.1:4000/docs · ' +
        'local sign-in http://127.0.0.1:4000/local/users · chat with the bot: npm run playground',
    );
  });

  it('names the demo clock when LOCAL_TODAY sets it, and brackets an IPv6 loopback', () => {
    expect(startBanner(readConfig({ HOST: '::1', LOCAL_TODAY: '2026-11-23' }, '/srv'))).toMatch(
      /^Telework is listening on http:\/\/\[::1\]:3978 · .* · demo clock from 2026-11-23$/,
    );
  });

  it('production: no local sign-in, no Playground', () => {
    const line = startBanner(
      readConfig(
        {
          MODE: 'production',
          HOST: '0.0.0.0',
          TENANT_ID: '0b0e7c1e-1c7a-4f0e-9d3e-2a1f5c6b7d8e',
          CLIENT_ID: '5d6c7b8a-1111-4222-8333-444455556666',
          CLIENT_SECRET: 'secret',
          API_AUDIENCE: 'api://telework.example.be/5d6c7b8a-1111-4222-8333-444455556666',
          BOT_ID: 'b0b0b0b0-1111-4222-8333-444455556666',
          BOT_PASSWORD: 'bot-secret',
        },
        '/srv',
      ),
    );
    expect(line).toBe(
      'Telework is listening on http://127.0.0.1:3978 · API docs http://127.0.0.1:3978/docs (production mode)',
    );
  });
});
