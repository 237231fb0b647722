import { isAbsolute, resolve } from 'node:path';
import Type, { type Static } from 'typebox';
import Value from 'typebox/value';
import { isLocalDate, type LocalDate } from '../core/calendar/local-date.js';
import { DomainError } from '../core/errors/error-catalogue.js';

// The server's configuration, read from the environment once at boot. Nothing below the
// composition root reads process.env: it is handed the validated Config.
const GUID = '^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$';
const literals = <T extends string>(values: readonly T[], fallback: T) =>
  Type.Union(
    values.map((value) => Type.Literal(value)),
    { default: fallback },
  );
const LOG_LEVELS = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const;

const EnvironmentSchema = Type.Object({
  PORT: Type.Integer({ minimum: 1, maximum: 65535, default: 3978 }),
  HOST: Type.String({ minLength: 1, default: '127.0.0.1' }),
  DATA_DIR: Type.String({ minLength: 1, default: './data' }),
  DATABASE_URL: Type.Optional(Type.String({ pattern: '^postgres(ql)?://' })),
  ORG_CONFIG: Type.Optional(Type.String({ minLength: 1 })),
  LOG_LEVEL: literals(LOG_LEVELS, 'info'),
  TRUST_PROXY: Type.Optional(Type.String({ minLength: 1 })),
  MODE: literals(['local', 'production'] as const, 'local'),
  // Local mode only: faults the local Graph injects, for demos of retries (name=value, comma separated).
  LOCAL_GRAPH_FAULTS: Type.Optional(
    Type.String({
      pattern:
        '^(throttleRate|unavailableRate|resetRate|resetAfterWriteRate|latencyMs|retryAfterSeconds|seed)=\\d+(\\.\\d+)?(,(throttleRate|unavailableRate|resetRate|resetAfterWriteRate|latencyMs|retryAfterSeconds|seed)=\\d+(\\.\\d+)?)*$',
    }),
  ),
  // Local mode only: the demo clock's first day (a trainer's month), YYYY-MM-DD.
  LOCAL_TODAY: Type.Optional(Type.String({ pattern: '^\\d{4}-\\d{2}-\\d{2}$' })),
  // No default: unset means "as the mode says", so production with it set to on can be refused.
  LOCAL_SIGN_IN: Type.Optional(Type.Union([Type.Literal('on'), Type.Literal('off')])),
  TENANT_ID: Type.Optional(Type.String({ pattern: GUID })),
  CLIENT_ID: Type.Optional(Type.String({ pattern: GUID })),
  CLIENT_SECRET: Type.Optional(Type.String({ minLength: 1 })),
  CLIENT_CERTIFICATE_PATH: Type.Optional(Type.String({ minLength: 1 })),
  API_AUDIENCE: Type.Optional(Type.String({ minLength: 1 })),
  BOT_ID: Type.Optional(Type.String({ pattern: GUID })),
  BOT_PASSWORD: Type.Optional(Type.String({ minLength: 1 })),
  GRAPH_BASE_URL: Type.String({ pattern: '^https://', default: 'https://graph.microsoft.com/v1.0' }),
  AUTHORITY_HOST: Type.String({ pattern: '^https://', default: 'https://login.microsoftonline.com' }),
});
type Environment = Static<typeof EnvironmentSchema>;

const HINTS: Record<string, string> = {
  PORT: 'a TCP port number between 1 and 65535, e.g. 3978',
  HOST: 'the address to listen on, e.g. 127.0.0.1 or 0.0.0.0 in a container',
  DATA_DIR: 'the folder that holds the embedded database, e.g. ./data',
  DATABASE_URL: 'a PostgreSQL URL such as postgres://user@host:5432/telework, or leave it unset for SQLite',
  ORG_CONFIG: 'the path of the organisation YAML file, or leave it unset for the demo organisation',
  LOG_LEVEL: `one of ${LOG_LEVELS.join(', ')}`,
  TRUST_PROXY:
    'the number of proxy hops in front of the server (e.g. 1), or their addresses (e.g. 10.0.0.0/8)',
  BOT_ID: 'the Microsoft App ID of the Azure Bot, a GUID',
  BOT_PASSWORD: 'a client secret of the Azure Bot app registration',
  MODE: 'local (the local Graph and sign-in, no tenant) or production (a Microsoft 365 tenant)',
  LOCAL_SIGN_IN: 'on or off',
  LOCAL_GRAPH_FAULTS:
    'name=value pairs separated by commas, e.g. throttleRate=0.3,latencyMs=100 (throttleRate, unavailableRate, resetRate, resetAfterWriteRate, latencyMs, retryAfterSeconds, seed)',
  LOCAL_TODAY:
    'a date written YYYY-MM-DD, such as 2026-11-23: the day local mode starts on (its clock runs on from there)',
  TENANT_ID: 'the Directory (tenant) ID of your Microsoft Entra tenant, a GUID',
  CLIENT_ID: 'the Application (client) ID of the Entra app registration, a GUID',
  CLIENT_SECRET: 'a client secret of the Entra app registration',
  CLIENT_CERTIFICATE_PATH: 'the path of a PEM file with the certificate and its private key',
  API_AUDIENCE: 'the Application ID URI of the API, e.g. api://telework.example.be/<client id>',
  GRAPH_BASE_URL: 'an https URL such as https://graph.microsoft.com/v1.0',
  AUTHORITY_HOST: 'an https URL such as https://login.microsoftonline.com',
};

const LOOPBACK_HOSTS = ['127.0.0.1', 'localhost', '::1'];
const PRODUCTION_ONLY = [
  'TENANT_ID',
  'CLIENT_ID',
  'CLIENT_SECRET',
  'CLIENT_CERTIFICATE_PATH',
  'API_AUDIENCE',
  'BOT_ID',
  'BOT_PASSWORD',
] as const;

/** Where Microsoft 365 is: the local stand-ins, or a real tenant. */
export type Microsoft365Config =
  | {
      mode: 'local';
      localSignIn: true;
      /** Faults the local Graph injects (demos of throttling and outages). */
      localGraphFaults: Record<string, number>;
    }
  | {
      mode: 'production';
      tenantId: string;
      clientId: string;
      /** A client secret, or a PEM file holding the certificate and its private key. */
      credential: { kind: 'secret'; secret: string } | { kind: 'certificate'; pemFile: string };
      apiAudience: string;
      /** The Azure Bot (single tenant): activities without its Bot Framework token get 401. */
      bot: { appId: string; password: string };
      graphBaseUrl: string;
      authority: string;
    };

export interface Config {
  port: number;
  host: string;
  dataDir: string;
  /** PostgreSQL when set; the embedded SQLite file in dataDir otherwise. */
  databaseUrl?: string;
  /** The organisation file; absent means the shipped demo organisation. */
  organisationFile?: string;
  logLevel: (typeof LOG_LEVELS)[number];
  /** Fastify's trustProxy: false, a number of proxy hops, or the proxies' addresses. */
  trustProxy: false | string | ((address: string, hop: number) => boolean);
  microsoft365: Microsoft365Config;
  /** Local mode only (LOCAL_TODAY): the day the product's clock starts on; absent: the real day. */
  localToday?: LocalDate;
}

function invalid(variable: string, value: unknown, hint = HINTS[variable]): DomainError {
  return new DomainError('CONFIG_INVALID', {
    variable,
    problem: `${JSON.stringify(value ?? '')} is not valid; set ${hint}`,
  });
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
    throw invalid(variable, known[variable]);
  }
  const parsed = values as Environment;
  // The pattern lets 2026-02-30 through; the calendar does not.
  if (parsed.LOCAL_TODAY !== undefined && !isLocalDate(parsed.LOCAL_TODAY)) {
    throw invalid('LOCAL_TODAY', parsed.LOCAL_TODAY);
  }
  const absolute = (path: string) => (isAbsolute(path) ? path : resolve(cwd, path));
  return {
    port: parsed.PORT,
    host: parsed.HOST,
    dataDir: absolute(parsed.DATA_DIR),
    ...(parsed.DATABASE_URL ? { databaseUrl: parsed.DATABASE_URL } : {}),
    ...(parsed.ORG_CONFIG ? { organisationFile: absolute(parsed.ORG_CONFIG) } : {}),
    logLevel: parsed.LOG_LEVEL,
    trustProxy: trustProxyOf(parsed.TRUST_PROXY),
    microsoft365: microsoft365Config(parsed, absolute),
    ...(parsed.LOCAL_TODAY ? { localToday: parsed.LOCAL_TODAY } : {}),
  };
}

function microsoft365Config(parsed: Environment, absolute: (path: string) => string): Microsoft365Config {
  if (parsed.MODE === 'local') {
    // Local mode trusts whoever calls (an anonymous bot, the local sign-in): this machine only.
    if (!LOOPBACK_HOSTS.includes(parsed.HOST)) {
      throw invalid(
        'HOST',
        parsed.HOST,
        '127.0.0.1 in local mode (anyone who reaches it could act as anyone), or MODE=production',
      );
    }
    const productionOnly = PRODUCTION_ONLY.find((name) => parsed[name] !== undefined);
    if (productionOnly) {
      throw invalid(productionOnly, '…', 'MODE=production as well: in local mode it would be ignored');
    }
    if (parsed.LOCAL_SIGN_IN === 'off') {
      throw invalid('LOCAL_SIGN_IN', 'off', 'on, or MODE=production: local mode has no other sign-in');
    }
    const localGraphFaults = faultsOf(parsed.LOCAL_GRAPH_FAULTS);
    const wrong = Object.entries(localGraphFaults).find(([name, value]) =>
      name.endsWith('Rate') ? value > 1 : !Number.isInteger(value),
    );
    if (wrong) {
      throw invalid(
        'LOCAL_GRAPH_FAULTS',
        parsed.LOCAL_GRAPH_FAULTS,
        'rates between 0 and 1 (throttleRate=0.3) and whole numbers for latencyMs, retryAfterSeconds and seed',
      );
    }
    return { mode: 'local', localSignIn: true, localGraphFaults };
  }
  if (parsed.LOCAL_GRAPH_FAULTS) {
    throw invalid(
      'LOCAL_GRAPH_FAULTS',
      parsed.LOCAL_GRAPH_FAULTS,
      'nothing: faults exist only in the local Graph',
    );
  }
  // Payroll is paid on real days: a clock set back or ahead has no place next to a tenant.
  if (parsed.LOCAL_TODAY) {
    throw invalid(
      'LOCAL_TODAY',
      parsed.LOCAL_TODAY,
      'nothing (leave it unset): the demo clock exists only in local mode',
    );
  }
  // The local sign-in hands out tokens to anyone on the machine: never next to a real tenant.
  if (parsed.LOCAL_SIGN_IN === 'on') {
    throw invalid('LOCAL_SIGN_IN', 'on', 'off (or leave it unset): local sign-in is refused in production');
  }
  const required = (name: 'TENANT_ID' | 'CLIENT_ID' | 'API_AUDIENCE' | 'BOT_ID' | 'BOT_PASSWORD') => {
    const value = parsed[name];
    if (!value) throw invalid(name, undefined, `${HINTS[name]} (required with MODE=production)`);
    return value;
  };
  const tenantId = required('TENANT_ID');
  if (!parsed.CLIENT_SECRET === !parsed.CLIENT_CERTIFICATE_PATH) {
    throw invalid(
      'CLIENT_SECRET',
      parsed.CLIENT_SECRET,
      'either CLIENT_SECRET or CLIENT_CERTIFICATE_PATH (a certificate is preferred), not both, not neither',
    );
  }
  return {
    mode: 'production',
    tenantId,
    clientId: required('CLIENT_ID'),
    credential: parsed.CLIENT_CERTIFICATE_PATH
      ? { kind: 'certificate', pemFile: absolute(parsed.CLIENT_CERTIFICATE_PATH) }
      : { kind: 'secret', secret: parsed.CLIENT_SECRET as string },
    apiAudience: required('API_AUDIENCE'),
    bot: { appId: required('BOT_ID'), password: required('BOT_PASSWORD') },
    graphBaseUrl: parsed.GRAPH_BASE_URL.replace(/\/$/, ''),
    authority: `${parsed.AUTHORITY_HOST.replace(/\/$/, '')}/${tenantId}`,
  };
}

function trustProxyOf(value: string | undefined): Config['trustProxy'] {
  if (value === undefined) return false;
  if (!/^\d+$/.test(value)) return value;
  const hops = Number(value);
  return (_address, hop) => hop < hops;
}

function faultsOf(value: string | undefined): Record<string, number> {
  if (!value) return {};
  return Object.fromEntries(
    value
      .split(',')
      .map((pair) => pair.split('='))
      .map(([name, n]) => [name, Number(n)]),
  );
}
