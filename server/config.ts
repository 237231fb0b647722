import { isAbsolute, resolve } from 'node:path';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { DomainError } from '../core/errors/error-catalogue.js';

// The server's configuration, read from the environment once at boot. Nothing below the
// composition root reads process.env: it is handed the validated Config.
const EnvironmentSchema = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3978 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  ORG_CONFIG: Type.Optional(Type.String({ minLength: 1 })),
  LOG_LEVEL: Type.Union(
    [
      Type.Literal('fatal'),
      Type.Literal('error'),
      Type.Literal('warn'),
      Type.Literal('info'),
      Type.Literal('debug'),
      Type.Literal('trace'),
      Type.Literal('silent'),
    ],
    { default: 'info' },
  ),
});

const HINTS: Record<string, string> = {
  PORT: 'a TCP port number between 1 and 65535, e.g. 3978',
  HOST: 'the address to listen on, e.g. 127.0.0.1 or 0.0.0.0 in a container',
  DATA_DIR: 'the folder that holds the embedded database, e.g. ./data',
  DATABASE_URL: 'a PostgreSQL URL such as postgres://user@host:5432/telework, or leave it unset for SQLite',
  ORG_CONFIG: 'the path of the organisation YAML file, or leave it unset for the demo organisation',
  LOG_LEVEL: 'one of fatal, error, warn, info, debug, trace, silent',
};

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; the embedded SQLite file in dataDir otherwise. */
  databaseUrl?: string;
  /** The organisation file; absent means the shipped demo organisation. */
  organisationFile?: string;
  logLevel: Static<typeof EnvironmentSchema>['LOG_LEVEL'];
}

/** Validates the environment; the first problem is a CONFIG_INVALID error saying what to set. */
export function readConfig(env: Record<string, string | undefined>, cwd: string): Config {
  const known = Object.fromEntries(
    Object.keys(EnvironmentSchema.properties)
      .filter((name) => env[name] !== undefined && env[name] !== '')
      .map((name) => [name, env[name]]),
  );
  const values = Value.Convert(EnvironmentSchema, Value.Default(EnvironmentSchema, known));
  const [problem] = Value.Errors(EnvironmentSchema, values);
  if (problem) {
    const variable = problem.instancePath.replace(/^\//, '');
    throw new DomainError('CONFIG_INVALID', {
      variable,
      problem: `${JSON.stringify(known[variable] ?? '')} is not valid; set ${HINTS[variable] ?? problem.message}`,
    });
  }
  const parsed = values as Static<typeof EnvironmentSchema>;
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: absolute(parsed.DATA_DIR),
    ...(parsed.DATABASE_URL ? { databaseUrl: parsed.DATABASE_URL } : {}),
    ...(parsed.ORG_CONFIG ? { organisationFile: absolute(parsed.ORG_CONFIG) } : {}),
    logLevel: parsed.LOG_LEVEL,
  };
}
