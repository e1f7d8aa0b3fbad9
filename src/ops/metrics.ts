/**
 * Prometheus metrics of one EvS process (prom-client). Other capabilities import `metrics` and count
 * what they do, e.g. `metrics.importRows.inc({ outcome: 'created' }, n)` or
 * `metrics.webhookDeliveries.inc({ outcome: 'failed' })`. Served at /metrics (src/ops/routes.ts).
 */
import { Counter, collectDefaultMetrics, Histogram, Registry } from 'prom-client';

export const registry = new Registry();
collectDefaultMetrics({ register: registry, prefix: 'evs_process_' });

export const metrics = {
  httpRequests: new Counter({
    name: 'evs_http_requests_total',
    help: 'HTTP requests answered, by route pattern, method and status code',
    labelNames: ['route', 'method', 'status'] as const,
    registers: [registry],
  }),
  httpDuration: new Histogram({
    name: 'evs_http_request_duration_seconds',
    help: 'Time to answer an HTTP request, by route pattern and method',
    labelNames: ['route', 'method'] as const,
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10, 30],
    registers: [registry],
  }),
  jobRuns: new Counter({
    name: 'evs_job_runs_total',
    help: 'Job executions finished by this instance, by job and outcome (ok, failed, dead)',
    labelNames: ['job', 'outcome'] as const,
    registers: [registry],
  }),
  jobDuration: new Histogram({
    name: 'evs_job_duration_seconds',
    help: 'Time a job execution took, by job',
    labelNames: ['job'] as const,
    buckets: [0.01, 0.1, 0.5, 1, 5, 15, 60, 300, 1800],
    registers: [registry],
  }),
  importRows: new Counter({
    name: 'evs_import_rows_total',
    help: 'Rows of imported files, by kind of file and outcome (created, updated, unchanged, rejected)',
    labelNames: ['kind', 'outcome'] as const,
    registers: [registry],
  }),
  webhookDeliveries: new Counter({
    name: 'evs_webhook_deliveries_total',
    help: 'Webhook delivery attempts, by outcome (delivered, failed, dead)',
    labelNames: ['outcome'] as const,
    registers: [registry],
  }),
};

/** The text exposition format and its content type. */
export async function renderMetrics(): Promise<{ contentType: string; body: string }> {
  return { contentType: registry.contentType, body: await registry.metrics() };
}
