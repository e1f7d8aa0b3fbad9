import path from 'node:path';

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
  readonly defaultLang: 'nl' | 'en';
  /** Country whose public holidays set working days, and whose legal tables apply. */
  readonly country: 'BE' | 'NL';
  /** Sign-in settings (src/access, docs/access.md). */
  readonly access: AccessConfig;
}

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
    defaultLang: oneOf(env, 'EVS_LANG', ['nl', 'en'], 'nl', errors),
    country: oneOf(env, 'EVS_COUNTRY', ['BE', 'NL'], 'BE', errors),
    access: readAccessConfig(env, envName, errors),
  };
  return errors.length > 0 ? errors : Object.freeze(config);
}

function positiveInt(env: Env, name: string, fallback: number, errors: ConfigError[]): number {
  const text = env[name];
  if (text === undefined || text === '') return fallback;
  const n = Number(text);
  if (Number.isInteger(n) && n > 0) return n;
  errors.push({ name, message: `expected a whole number above 0, got "${text}"` });
  return fallback;
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

export function loadConfig(overrides: Env = {}): Config {
  const result = readConfig({ ...process.env, ...overrides }, process.cwd());
  if (Array.isArray(result)) {
    const lines = result.map((e) => `  ${e.name}: ${e.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return result as Config;
}
