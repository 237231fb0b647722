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
    });
  });

  it('reads every variable it knows', () => {
    const config = readConfig(
      {
        PORT: '8080',
        HOST: '0.0.0.0',
        DATA_DIR: '/var/lib/telework',
        DATABASE_URL: 'postgres://telework@db:5432/telework',
        ORG_CONFIG: 'config/cpas-leuven.yaml',
        LOG_LEVEL: 'warn',
      },
      '/srv/telework',
    );
    expect(config).toEqual({
      port: 8080,
      host: '0.0.0.0',
      dataDir: '/var/lib/telework',
      databaseUrl: 'postgres://telework@db:5432/telework',
      organisationFile: '/srv/telework/config/cpas-leuven.yaml',
      logLevel: 'warn',
    });
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
