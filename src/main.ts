import type { Server } from 'node:http';
import path from 'node:path';
import { buildApp } from './app.ts';
import { cleanInterruptedImports } from './claims/import-service.ts';
import { isEmpty, loadDemoCity } from './demo/service.ts';
import { hubSettings } from './hub/io-keys.ts';
import { JOBS } from './jobs/registry.ts';
import { type JobRunner, startJobRunner } from './jobs/runner-service.ts';
import { startMetricsServer } from './ops/io-metrics-server.ts';
import { createLogger } from './ops/logging.ts';
import { productionProblems } from './ops/production-service.ts';
import { ensureDefaultOrganisation } from './organisations/service.ts';
import { todayIso } from './platform/cli-run.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';

/**
 * Composition root of the server: config → database (migrated) → demo city if empty → HTTP and the
 * job runner. Any number of instances may run side by side on one PostgreSQL (docs/operations.md).
 */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = createLogger(config);
  const database = openDatabase(config);
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const interrupted = await cleanInterruptedImports(database.db);
  if (interrupted > 0) logger.warn({ interrupted }, 'unfinished imports of a previous run discarded');
  // Instances starting together on an empty database may race to create it; the loser finds it.
  const orgId = await ensureDefaultOrganisation(database).catch(() => ensureDefaultOrganisation(database));
  const problems = await productionProblems(config, database);
  if (problems.length > 0) {
    for (const p of problems) logger.fatal(p);
    await database.close();
    process.exit(1);
  }
  if (config.demoOnEmpty && (await isEmpty(database, orgId))) {
    logger.info('empty database: loading the demo city (first start only)');
    const summary = await loadDemoCity(
      database,
      { orgId, actor: 'system', lang: config.defaultLang },
      { today: todayIso(), hub: hubSettings(config) },
    );
    logger.info(summary, 'demo city loaded');
  }
  const app = await buildApp(
    { config, database, today: todayIso, webRoot: path.resolve('web/dist') },
    logger,
  );
  const address = await app.listen({ host: config.host, port: config.port });
  logger.info(`EvS listens on ${address}`);
  let metricsServer: Server | null = null;
  if (config.ops.metricsPort !== null) {
    metricsServer = await startMetricsServer(config.host, config.ops.metricsPort);
    logger.info(`metrics on http://${config.host}:${config.ops.metricsPort}/metrics`);
  }
  let runner: JobRunner | null = null;
  if (config.ops.jobs.enabled) {
    runner = startJobRunner({
      database,
      jobs: JOBS,
      config: config.ops.jobs,
      appConfig: config,
      timeZone: config.ops.timeZone,
      logger,
    });
    logger.info({ instance: runner.instance }, 'job runner started');
  }

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight and the running job');
    // A step that outlives the grace period is taken over by another instance when its lease ends.
    setTimeout(() => {
      logger.error('shutdown took too long; exiting');
      process.exit(1);
    }, config.ops.shutdownSeconds * 1000).unref();
    await Promise.all([app.close(), runner?.stop()]);
    await new Promise((resolve) => (metricsServer ? metricsServer.close(resolve) : resolve(null)));
    await database.close();
    logger.info('stopped');
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
