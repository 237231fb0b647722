import { describe, expect, it } from 'vitest';
import { DomainError } from '../../core/errors/error-catalogue.js';
import { readConfig } from '../../server/config.js';

describe('server configuration from the environment', () => {
  it('has defaults for local mode: port 3978, ./data, SQLite, the demo organisation', () => {
    expect(readConfig({}, '/srv/telework')).toEqual({
      port: 3978,
      host: '127.0.0.1',
      dataDir: '/srv/telework/data',
      logLevel: 'info',
      trustProxy: false,
      microsoft365: { mode: 'local', localSignIn: true, localGraphFaults: {} },
    });
  });

  it('reads every variable it knows', () => {
    const config = readConfig(
      {
        PORT: '8080',
        HOST: 'localhost',
        DATA_DIR: '/var/lib/telework',
        DATABASE_URL: 'postgres://telework@db:5432/telework',
        ORG_CONFIG: 'config/cpas-leuven.yaml',
        LOG_LEVEL: 'warn',
        TRUST_PROXY: '10.0.0.0/8',
      },
      '/srv/telework',
    );
    expect(config).toEqual({
      port: 8080,
      host: 'localhost',
      dataDir: '/var/lib/telework',
      databaseUrl: 'postgres://telework@db:5432/telework',
      organisationFile: '/srv/telework/config/cpas-leuven.yaml',
      logLevel: 'warn',
      trustProxy: '10.0.0.0/8',
      microsoft365: { mode: 'local', localSignIn: true, localGraphFaults: {} },
    });
  });

  const TENANT = '0b0e7c1e-1c7a-4f0e-9d3e-2a1f5c6b7d8e';
  const CLIENT = '5d6c7b8a-1111-4222-8333-444455556666';
  const production = {
    MODE: 'production',
    TENANT_ID: TENANT,
    CLIENT_ID: CLIENT,
    CLIENT_CERTIFICATE_PATH: 'secrets/telework.pem',
    API_AUDIENCE: `api://telework.cpas-demo.be/${CLIENT}`,
    BOT_ID: 'b0b0b0b0-1111-4222-8333-444455556666',
    BOT_PASSWORD: 'bot-secret',
  };

  it('in production, points at the tenant and Microsoft Graph', () => {
    expect(readConfig(production, '/srv').microsoft365).toEqual({
      mode: 'production',
      tenantId: TENANT,
      clientId: CLIENT,
      credential: { kind: 'certificate', pemFile: '/srv/secrets/telework.pem' },
      apiAudience: `api://telework.cpas-demo.be/${CLIENT}`,
      bot: { appId: 'b0b0b0b0-1111-4222-8333-444455556666', password: 'bot-secret' },
      graphBaseUrl: 'https://graph.microsoft.com/v1.0',
      authority: `https://login.microsoftonline.com/${TENANT}`,
    });
  });

  it.each([
    ['without a tenant', { ...production, TENANT_ID: '' }, 'TENANT_ID'],
    ['without a credential', { ...production, CLIENT_CERTIFICATE_PATH: '' }, 'CLIENT_SECRET'],
    ['with both credentials', { ...production, CLIENT_SECRET: 'x' }, 'CLIENT_SECRET'],
    ['with the local sign-in on', { ...production, LOCAL_SIGN_IN: 'on' }, 'LOCAL_SIGN_IN'],
    ['without the bot’s app id', { ...production, BOT_ID: '' }, 'BOT_ID'],
    [
      'with local Graph faults',
      { ...production, LOCAL_GRAPH_FAULTS: 'throttleRate=0.5' },
      'LOCAL_GRAPH_FAULTS',
    ],
    ['with Graph over plain http', { ...production, GRAPH_BASE_URL: 'http://graph.local' }, 'GRAPH_BASE_URL'],
  ])('refuses to start in production %s', (_label, env, variable) => {
    expect(() => readConfig(env, '/srv')).toThrow(new RegExp(`^Configuration ${variable}: `));
  });

  it('trusts X-Forwarded-For from a number of proxy hops only', () => {
    const trust = readConfig({ TRUST_PROXY: '1' }, '/srv').trustProxy;
    if (typeof trust !== 'function') throw new Error('a number of hops is a function');
    expect([trust('10.0.0.1', 0), trust('10.0.0.2', 1)]).toEqual([true, false]);
  });

  it('reads the local Graph’s faults for a demo of retries', () => {
    expect(readConfig({ LOCAL_GRAPH_FAULTS: 'throttleRate=0.3,latencyMs=100' }, '/srv').microsoft365).toEqual(
      {
        mode: 'local',
        localSignIn: true,
        localGraphFaults: { throttleRate: 0.3, latencyMs: 100 },
      },
    );
    expect(() => readConfig({ LOCAL_GRAPH_FAULTS: 'throttleRate=3' }, '/srv')).toThrow(
      /rates between 0 and 1/,
    );
    expect(() => readConfig({ LOCAL_GRAPH_FAULTS: 'chaos=1' }, '/srv')).toThrow(/name=value pairs/);
  });

  it.each([
    ['listening beyond this machine', { HOST: '0.0.0.0' }, 'HOST', '127.0.0.1 in local mode'],
    [
      'with a tenant’s variables',
      { TENANT_ID: '0b0e7c1e-1c7a-4f0e-9d3e-2a1f5c6b7d8e' },
      'TENANT_ID',
      'MODE=production',
    ],
    ['with a bot password', { BOT_PASSWORD: 'x' }, 'BOT_PASSWORD', 'MODE=production'],
    [
      'with a fault seed that is not whole',
      { LOCAL_GRAPH_FAULTS: 'seed=1.5' },
      'LOCAL_GRAPH_FAULTS',
      'whole numbers',
    ],
  ])('refuses local mode %s', (_label, env, variable, hint) => {
    expect(() => readConfig(env, '/srv')).toThrow(new RegExp(`^Configuration ${variable}: .*${hint}`));
  });

  it('starts the demo clock on LOCAL_TODAY in local mode', () => {
    expect(readConfig({ LOCAL_TODAY: '2026-11-23' }, '/srv').localToday).toBe('2026-11-23');
    expect(readConfig({}, '/srv').localToday).toBeUndefined();
  });

  it.each(['tomorrow', '23/11/2026', '2026-11-23T10:00', '2026-13-01', '2026-02-30', '2026-11-1'])(
    'LOCAL_TODAY=%s is not a date: refused, naming the variable',
    (value) => {
      expect(() => readConfig({ LOCAL_TODAY: value }, '/srv')).toThrow(
        new RegExp(`^Configuration LOCAL_TODAY: "${value}" is not valid; set a date written YYYY-MM-DD`),
      );
    },
  );

  it('refuses LOCAL_TODAY in production: payroll runs on real days', () => {
    expect(() => readConfig({ ...production, LOCAL_TODAY: '2026-11-23' }, '/srv')).toThrow(
      /^Configuration LOCAL_TODAY: .*only in local mode/,
    );
  });

  it('treats an empty variable as unset', () => {
    expect(readConfig({ DATABASE_URL: '', PORT: '' }, '/srv').port).toBe(3978);
  });

  it.each([
    ['PORT', 'eighty', 'a TCP port number'],
    ['PORT', '70000', 'a TCP port number'],
    ['PORT', '0', 'a TCP port number'],
    ['DATABASE_URL', 'mysql://root@localhost/test', 'a PostgreSQL URL'],
    ['LOG_LEVEL', 'verbose', 'one of fatal, error'],
  ])('%s=%s is refused with a hint', (variable, value, hint) => {
    let thrown: unknown;
    try {
      readConfig({ [variable]: value }, '/srv');
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(DomainError);
    expect((thrown as DomainError).code).toBe('CONFIG_INVALID');
    expect((thrown as DomainError).message).toContain(variable);
    expect((thrown as DomainError).message).toContain(hint);
    expect((thrown as DomainError).message).toContain(value);
  });
});
