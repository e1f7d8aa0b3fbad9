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
  };
  return errors.length > 0 ? errors : Object.freeze(config);
}

export function loadConfig(overrides: Env = {}): Config {
  const result = readConfig({ ...process.env, ...overrides }, process.cwd());
  if (Array.isArray(result)) {
    const lines = result.map((e) => `  ${e.name}: ${e.message}`).join('\n');
    throw new Error(`Invalid configuration:\n${lines}`);
  }
  return result as Config;
}
