/** The effective configuration as name/value rows, secrets masked (`npx evs config check`). */

import type { Config } from '../platform/config.ts';
import { formatSchedule } from '../platform/schedule.ts';

export interface ConfigRow {
  readonly name: string;
  readonly value: string;
}

const SET = '******** (set)';
const UNSET = '(not set)';

export function maskUrlPassword(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '********';
    return u.toString();
  } catch {
    return '(unparseable)';
  }
}

const secret = (v: string | null | undefined) => (v ? SET : UNSET);
const text = (v: string | number | boolean | null | undefined) =>
  v === null || v === undefined || v === '' ? UNSET : String(v);

export function configReport(config: Config): ConfigRow[] {
  const oidc = config.access.oidc;
  const schedules = Object.entries(config.ops.jobs.schedules)
    .map(([name, s]) => `${name}=${formatSchedule(s)}`)
    .join(';');
  return [
    { name: 'NODE_ENV', value: config.env },
    { name: 'DATABASE_URL', value: config.databaseUrl ? maskUrlPassword(config.databaseUrl) : UNSET },
    {
      name: 'EVS_DATA_DIR',
      value: config.databaseUrl ? '(unused: PostgreSQL)' : text(config.dataDir ?? ':memory:'),
    },
    { name: 'HOST', value: config.host },
    { name: 'PORT', value: String(config.port) },
    { name: 'LOG_LEVEL', value: config.logLevel },
    { name: 'EVS_LOG_FORMAT', value: config.ops.logFormat },
    { name: 'EVS_DEMO', value: String(config.demoOnEmpty) },
    { name: 'EVS_LANG', value: config.defaultLang },
    { name: 'EVS_COUNTRY', value: config.country },
    { name: 'EVS_TIMEZONE', value: config.ops.timeZone },
    { name: 'EVS_SESSION_MINUTES', value: String(config.access.sessionMinutes) },
    { name: 'EVS_LOGIN_MAX_FAILURES', value: String(config.access.maxFailedLogins) },
    { name: 'EVS_LOGIN_LOCK_MINUTES', value: String(config.access.lockMinutes) },
    { name: 'EVS_OIDC_ISSUER', value: text(oidc?.issuer) },
    { name: 'EVS_OIDC_CLIENT_ID', value: text(oidc?.clientId) },
    { name: 'EVS_OIDC_CLIENT_SECRET', value: secret(oidc?.clientSecret) },
    { name: 'EVS_OIDC_REDIRECT_URI', value: text(oidc?.redirectUri) },
    { name: 'EVS_OIDC_LOGIN_CLAIM', value: text(oidc?.loginClaim) },
    { name: 'EVS_OIDC_ALLOW_HTTP', value: String(oidc?.allowHttp ?? false) },
    { name: 'EVS_METRICS_TOKEN', value: secret(config.ops.metricsToken) },
    { name: 'EVS_METRICS_PORT', value: text(config.ops.metricsPort) },
    { name: 'EVS_SHUTDOWN_SECONDS', value: String(config.ops.shutdownSeconds) },
    { name: 'EVS_WEBHOOK_ALLOW_LOCAL', value: String(config.ops.webhookAllowLocal) },
    { name: 'EVS_STATEMENT_TIMEOUT_MS', value: String(config.ops.requestBudget.statementMs) },
    { name: 'EVS_LOCK_TIMEOUT_MS', value: String(config.ops.requestBudget.lockMs) },
    { name: 'EVS_JOBS', value: String(config.ops.jobs.enabled) },
    { name: 'EVS_JOB_POLL_MS', value: String(config.ops.jobs.pollMs) },
    { name: 'EVS_JOB_LEASE_SECONDS', value: String(config.ops.jobs.leaseSeconds) },
    { name: 'EVS_JOB_SCHEDULES', value: text(schedules) },
    { name: 'EVS_ELIGIBILITY_SWEEP_DAYS', value: config.ops.jobs.sweepDays.join(',') },
  ];
}
