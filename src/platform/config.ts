import path from 'node:path';
import { parseMonthDays } from '../kernel/dates.ts';
import { LANGS, type Lang } from '../kernel/i18n.ts';
import { parseCidr } from './ip-address.ts';
import { isTimeZone, parseScheduleOverrides, type Schedule } from './schedule.ts';

export type Environment = 'development' | 'test' | 'production';

export interface Config {
  readonly env: Environment;
  /** postgres://… when set; otherwise the embedded engine in `dataDir`. */
  readonly databaseUrl: string | null;
  /** Folder of the embedded database; null = in memory (tests). */
  readonly dataDir: string | null;
  readonly host: string;
  readonly port: number;
  readonly logLevel: string;
  /** Load the demo city on first start of an empty database. */
  readonly demoOnEmpty: boolean;
  readonly defaultLang: Lang;
  /** Country whose public holidays set working days, and whose legal tables apply. */
  readonly country: 'BE' | 'NL';
  /** Sign-in settings (src/access, docs/access.md). */
  readonly access: AccessConfig;
  /** Operations: metrics, logs, jobs, shutdown (src/ops, src/jobs, docs/operations.md). */
  readonly ops: OpsConfig;
  /** Hub settings (src/hub, docs/hub.md). */
  readonly hub: HubConfig;
}

export interface HubConfig {
  /**
   * EVS_HUB_KEYS: message body keys per organisation, `code:base64key,code:base64key` (32 random
   * bytes each, e.g. `openssl rand -base64 32`). Required in production for every organisation that
   * sends or receives; elsewhere a missing key falls back to a development key derived from the code.
   */
  readonly keys: Readonly<Record<string, string>>;
  /** EVS_HUB_ANSWER_DAYS: answers are due within this many working days (default 10). */
  readonly answerWorkingDays: number;
  /** EVS_HUB_URGENT_ANSWER_DAYS: the same for urgent messages (default 2). */
  readonly urgentAnswerWorkingDays: number;
  /** EVS_HUB_RETENTION_DAYS: bodies are purged this many days after confirmation (default 30). */
  readonly retentionDays: number;
  /** EVS_HUB_CONSENT_THRESHOLD: a balance request to more creditors at once needs consent (default 10). */
  readonly consentThreshold: number;
  /** EVS_HUB_MAX_RECIPIENTS: never more creditors than this in one balance request (default 50). */
  readonly maxRecipients: number;
  /** EVS_HUB_MESSAGES_PER_HOUR: messages one organisation may send per hour (default 600). */
  readonly messagesPerHour: number;
}

export interface OpsConfig {
  /** EVS_METRICS_TOKEN: /metrics on the main port answers only `Authorization: Bearer <token>`. */
  readonly metricsToken: string | null;
  /** EVS_METRICS_PORT: serve /metrics (no token) on this port of HOST instead. */
  readonly metricsPort: number | null;
  /** EVS_LOG_FORMAT: `json` (default outside development) or `pretty` (human-readable). */
  readonly logFormat: 'json' | 'pretty';
  /** EVS_TIMEZONE: local time of daily jobs and of a job's "today" (default Europe/Brussels). */
  readonly timeZone: string;
  /** EVS_SHUTDOWN_SECONDS: on SIGTERM, wait this long for requests and the running job step (default 30). */
  readonly shutdownSeconds: number;
  /** EVS_WEBHOOK_ALLOW_LOCAL=true: webhooks may point at this machine or link-local hosts (tests, one-box setups). */
  readonly webhookAllowLocal: boolean;
  /** EVS_WEBHOOK_ALLOWED_NETWORKS: private networks webhooks may reach, CIDR list (`10.20.0.0/16,fd00:1::/64`). */
  readonly webhookAllowedNetworks: readonly string[];
  /** EVS_TRUSTED_PROXIES: reverse proxies (CIDR list) whose X-Forwarded-For is believed; none by default. */
  readonly trustedProxies: readonly string[];
  /**
   * EVS_STATEMENT_TIMEOUT_MS and EVS_LOCK_TIMEOUT_MS: how long one database statement of an HTTP
   * request may run (default 5000) and wait for a lock (default 2000) before the request answers
   * 503 `busy`; 0 = no limit. Jobs, the CLI and long-running routes (imports, sweeps) have none.
   */
  readonly requestBudget: { readonly statementMs: number; readonly lockMs: number };
  readonly jobs: JobsConfig;
}

export interface JobsConfig {
  /** EVS_JOBS=false: this instance serves HTTP only and runs no jobs (default true). */
  readonly enabled: boolean;
  /** EVS_JOB_POLL_MS: how often an idle runner looks for due jobs (default 1000). */
  readonly pollMs: number;
  /** EVS_JOB_LEASE_SECONDS: a claimed job whose instance stops renewing is taken over after this (default 120). */
  readonly leaseSeconds: number;
  /** EVS_JOB_SCHEDULES: `name=every 10m;name=daily 02:30;name=off` overrides the registry's schedules. */
  readonly schedules: Readonly<Record<string, Schedule>>;
  /** EVS_ELIGIBILITY_SWEEP_DAYS: `MM-DD,…` on which the eligibility sweep is due (default each quarter's first day). */
  readonly sweepDays: readonly string[];
}

/** Settings that hold secrets: `evs config check` masks them. */
export const SECRET_SETTINGS = [
  'DATABASE_URL',
  'EVS_OIDC_CLIENT_SECRET',
  'EVS_METRICS_TOKEN',
  'EVS_HUB_KEYS',
] as const;

/** Values that must never protect a production installation (examples from docs, tutorials, tests). */
const DEFAULT_SECRETS = new Set([
  'changeme',
  'change-me',
  'secret',
  'password',
  'postgres',
  'evs',
  'demo',
  'test',
  'admin',
]);

export interface AccessConfig {
  /** EVS_SESSION_MINUTES: a session ends after this many minutes without a request (default 480). */
  readonly sessionMinutes: number;
  /** EVS_LOGIN_MAX_FAILURES: failed logins in a row before a temporary lockout (default 5). */
  readonly maxFailedLogins: number;
  /** EVS_LOGIN_LOCK_MINUTES: how long that lockout lasts (default 15). */
  readonly lockMinutes: number;
  /** OpenID Connect single sign-on; null unless EVS_OIDC_ISSUER is set. */
  readonly oidc: OidcConfig | null;
}

export interface OidcConfig {
  /** EVS_OIDC_ISSUER: the identity provider's issuer URL (discovery at /.well-known/openid-configuration). */
  readonly issuer: string;
  /** EVS_OIDC_CLIENT_ID and EVS_OIDC_CLIENT_SECRET (the secret may be empty for a public client). */
  readonly clientId: string;
  readonly clientSecret: string | null;
  /** EVS_OIDC_REDIRECT_URI: ours, ending in /api/v1/auth/oidc/callback. */
  readonly redirectUri: string;
  /** EVS_OIDC_LOGIN_CLAIM: the ID-token claim matched to a user's login when no user is linked yet (default email). */
  readonly loginClaim: string;
  /** EVS_OIDC_ALLOW_HTTP=true allows an http:// issuer (tests, a local provider); never in production. */
  readonly allowHttp: boolean;
}

export interface ConfigError {
  readonly name: string;
  readonly message: string;
}

type Env = Readonly<Record<string, string | undefined>>;

function oneOf<T extends string>(
  env: Env,
  name: string,
  allowed: readonly T[],
  fallback: T,
  errors: ConfigError[],
): T {
  const v = env[name];
  if (v === undefined || v === '') return fallback;
  if ((allowed as readonly string[]).includes(v)) return v as T;
  errors.push({ name, message: `expected one of ${allowed.join(', ')}, got "${v}"` });
  return fallback;
}

/** Reads the environment once; the only place that looks at `process.env` is the caller of this. */
export function readConfig(env: Env, cwd: string): Config | ConfigError[] {
  const errors: ConfigError[] = [];
  const envName = oneOf(env, 'NODE_ENV', ['development', 'test', 'production'], 'development', errors);
  const portText = env.PORT ?? '3000';
  const port = Number(portText);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    errors.push({ name: 'PORT', message: `expected a port number 0–65535, got "${portText}"` });
  }
  const databaseUrl = env.DATABASE_URL ? env.DATABASE_URL : null;
  if (databaseUrl && !/^postgres(ql)?:\/\//.test(databaseUrl)) {
    errors.push({ name: 'DATABASE_URL', message: 'expected a postgres:// or postgresql:// URL' });
  }
  const dataDirText = env.EVS_DATA_DIR ?? 'data';
  const config: Config = {
    env: envName,
    databaseUrl,
    dataDir: dataDirText === ':memory:' ? null : path.resolve(cwd, dataDirText),
    host: env.HOST ?? '127.0.0.1',
    port,
    logLevel: oneOf(
      env,
      'LOG_LEVEL',
      ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'],
      'info',
      errors,
    ),
    demoOnEmpty:
      oneOf(env, 'EVS_DEMO', ['true', 'false'], envName === 'production' ? 'false' : 'true', errors) ===
      'true',
    defaultLang: oneOf(env, 'EVS_LANG', LANGS, 'nl', errors),
    country: oneOf(env, 'EVS_COUNTRY', ['BE', 'NL'], 'BE', errors),
    access: readAccessConfig(env, envName, errors),
    ops: readOpsConfig(env, envName, errors),
    hub: readHubConfig(env, errors),
  };
  if (envName === 'production') checkProduction(env, config, errors);
  return errors.length > 0 ? errors : Object.freeze(config);
}

function milliseconds(env: Env, name: string, fallback: number, errors: ConfigError[]): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (Number.isInteger(n) && n >= 0 && n <= 2_147_483_647) return n;
  errors.push({ name, message: `expected milliseconds as a whole number (0 = no limit), got "${text}"` });
  return fallback;
}

function positiveInt(env: Env, name: string, fallback: number, errors: ConfigError[]): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (Number.isInteger(n) && n > 0) return n;
  errors.push({ name, message: `expected a whole number above 0, got "${text}"` });
  return fallback;
}

/** A comma-separated list of networks (`10.20.0.0/16`, `192.0.2.7`, `fd00::/8`). */
function networkList(env: Env, name: string, errors: ConfigError[]): readonly string[] {
  const list = (env[name] ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter((s) => s !== '');
  const wrong = list.find((s) => !parseCidr(s));
  if (wrong !== undefined)
    errors.push({ name, message: `expected networks like 10.20.0.0/16, got "${wrong}"` });
  return Object.freeze(wrong === undefined ? list : []);
}

function readAccessConfig(env: Env, envName: Environment, errors: ConfigError[]): AccessConfig {
  let oidc: OidcConfig | null = null;
  if (env.EVS_OIDC_ISSUER) {
    const allowHttp = env.EVS_OIDC_ALLOW_HTTP === 'true' && envName !== 'production';
    const issuer = env.EVS_OIDC_ISSUER;
    if (!/^https:\/\//.test(issuer) && !(allowHttp && /^http:\/\//.test(issuer))) {
      errors.push({ name: 'EVS_OIDC_ISSUER', message: 'expected an https:// URL' });
    }
    if (!env.EVS_OIDC_CLIENT_ID)
      errors.push({ name: 'EVS_OIDC_CLIENT_ID', message: 'required with EVS_OIDC_ISSUER' });
    if (!env.EVS_OIDC_REDIRECT_URI) {
      errors.push({ name: 'EVS_OIDC_REDIRECT_URI', message: 'required with EVS_OIDC_ISSUER' });
    }
    oidc = {
      issuer,
      clientId: env.EVS_OIDC_CLIENT_ID ?? '',
      clientSecret: env.EVS_OIDC_CLIENT_SECRET ? env.EVS_OIDC_CLIENT_SECRET : null,
      redirectUri: env.EVS_OIDC_REDIRECT_URI ?? '',
      loginClaim: env.EVS_OIDC_LOGIN_CLAIM ?? 'email',
      allowHttp,
    };
  }
  return {
    sessionMinutes: positiveInt(env, 'EVS_SESSION_MINUTES', 480, errors),
    maxFailedLogins: positiveInt(env, 'EVS_LOGIN_MAX_FAILURES', 5, errors),
    lockMinutes: positiveInt(env, 'EVS_LOGIN_LOCK_MINUTES', 15, errors),
    oidc,
  };
}

function readOpsConfig(env: Env, envName: Environment, errors: ConfigError[]): OpsConfig {
  const metricsPortText = env.EVS_METRICS_PORT;
  let metricsPort: number | null = null;
  if (metricsPortText) {
    metricsPort = Number(metricsPortText);
    if (!Number.isInteger(metricsPort) || metricsPort < 1 || metricsPort > 65535) {
      errors.push({
        name: 'EVS_METRICS_PORT',
        message: `expected a port number 1–65535, got "${metricsPortText}"`,
      });
      metricsPort = null;
    }
  }
  const timeZone = env.EVS_TIMEZONE || 'Europe/Brussels';
  if (!isTimeZone(timeZone)) {
    errors.push({ name: 'EVS_TIMEZONE', message: `expected an IANA time zone, got "${timeZone}"` });
  }
  const overrides = parseScheduleOverrides(env.EVS_JOB_SCHEDULES ?? '');
  if (!overrides.ok) {
    errors.push({
      name: 'EVS_JOB_SCHEDULES',
      message: `expected name=every 10m|daily 02:30|off;…, got "${overrides.entry}"`,
    });
  }
  const sweepDays = parseMonthDays(env.EVS_ELIGIBILITY_SWEEP_DAYS || '01-01,04-01,07-01,10-01');
  if (!sweepDays) {
    errors.push({
      name: 'EVS_ELIGIBILITY_SWEEP_DAYS',
      message: `expected days of the year as MM-DD,MM-DD,…, got "${env.EVS_ELIGIBILITY_SWEEP_DAYS}"`,
    });
  }
  return {
    metricsToken: env.EVS_METRICS_TOKEN ? env.EVS_METRICS_TOKEN : null,
    metricsPort,
    logFormat: oneOf(
      env,
      'EVS_LOG_FORMAT',
      ['json', 'pretty'],
      envName === 'development' ? 'pretty' : 'json',
      errors,
    ),
    timeZone,
    shutdownSeconds: positiveInt(env, 'EVS_SHUTDOWN_SECONDS', 30, errors),
    webhookAllowLocal: oneOf(env, 'EVS_WEBHOOK_ALLOW_LOCAL', ['true', 'false'], 'false', errors) === 'true',
    webhookAllowedNetworks: networkList(env, 'EVS_WEBHOOK_ALLOWED_NETWORKS', errors),
    trustedProxies: networkList(env, 'EVS_TRUSTED_PROXIES', errors),
    requestBudget: {
      statementMs: milliseconds(env, 'EVS_STATEMENT_TIMEOUT_MS', 5000, errors),
      lockMs: milliseconds(env, 'EVS_LOCK_TIMEOUT_MS', 2000, errors),
    },
    jobs: {
      enabled: oneOf(env, 'EVS_JOBS', ['true', 'false'], 'true', errors) === 'true',
      pollMs: positiveInt(env, 'EVS_JOB_POLL_MS', 1000, errors),
      leaseSeconds: positiveInt(env, 'EVS_JOB_LEASE_SECONDS', 120, errors),
      schedules: Object.freeze(overrides.ok ? overrides.value : {}),
      sweepDays: Object.freeze(sweepDays ?? []),
    },
  };
}

/** Production refuses demo data and secrets anyone could guess (demo users are checked at start, main.ts). */
function checkProduction(env: Env, config: Config, errors: ConfigError[]): void {
  if (config.demoOnEmpty) {
    errors.push({ name: 'EVS_DEMO', message: 'the demo city is not allowed in production' });
  }
  const secrets: [string, string | null][] = [
    ['EVS_METRICS_TOKEN', config.ops.metricsToken],
    ['EVS_OIDC_CLIENT_SECRET', config.access.oidc?.clientSecret ?? null],
  ];
  for (const [name, value] of secrets) {
    if (value !== null && (value.length < 16 || DEFAULT_SECRETS.has(value.toLowerCase()))) {
      errors.push({ name, message: 'a default or short secret (under 16 characters) in production' });
    }
  }
  if (config.databaseUrl) {
    const password = safeUrl(config.databaseUrl)?.password ?? '';
    if (DEFAULT_SECRETS.has(decodeURIComponent(password).toLowerCase())) {
      errors.push({ name: 'DATABASE_URL', message: 'a default database password in production' });
    }
  }
  if (!config.databaseUrl && env.EVS_ALLOW_EMBEDDED !== 'true') {
    errors.push({
      name: 'DATABASE_URL',
      message: 'production needs PostgreSQL (or EVS_ALLOW_EMBEDDED=true for a single small instance)',
    });
  }
}

function safeUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}

function readHubKeys(text: string | undefined, errors: ConfigError[]): Record<string, string> {
  const keys: Record<string, string> = {};
  if (!text) return keys;
  for (const pair of text.split(',')) {
    const at = pair.indexOf(':');
    const code = pair.slice(0, at).trim();
    const key = pair.slice(at + 1).trim();
    const bytes = /^[A-Za-z0-9+/_-]+={0,2}$/.test(key) ? Buffer.from(key, 'base64').length : 0;
    if (at < 1 || bytes !== 32) {
      errors.push({ name: 'EVS_HUB_KEYS', message: 'expected code:base64key pairs of 32-byte keys' });
      return {};
    }
    keys[code] = key;
  }
  return keys;
}

function readHubConfig(env: Env, errors: ConfigError[]): HubConfig {
  const consentThreshold = positiveInt(env, 'EVS_HUB_CONSENT_THRESHOLD', 10, errors);
  const maxRecipients = positiveInt(env, 'EVS_HUB_MAX_RECIPIENTS', 50, errors);
  if (maxRecipients < consentThreshold)
    errors.push({ name: 'EVS_HUB_MAX_RECIPIENTS', message: 'must be at least EVS_HUB_CONSENT_THRESHOLD' });
  return {
    keys: Object.freeze(readHubKeys(env.EVS_HUB_KEYS, errors)),
    answerWorkingDays: positiveInt(env, 'EVS_HUB_ANSWER_DAYS', 10, errors),
    urgentAnswerWorkingDays: positiveInt(env, 'EVS_HUB_URGENT_ANSWER_DAYS', 2, errors),
    retentionDays: positiveInt(env, 'EVS_HUB_RETENTION_DAYS', 30, errors),
    consentThreshold,
    maxRecipients,
    messagesPerHour: positiveInt(env, 'EVS_HUB_MESSAGES_PER_HOUR', 600, errors),
  };
}

export function loadConfig(overrides: Env = {}): Config {
  const result = readConfig({ ...process.env, ...overrides }, process.cwd());
  if (Array.isArray(result)) {
    const lines = result.map((e) => `  ${e.name}: ${e.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return result as Config;
}
