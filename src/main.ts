import path from 'node:path';
import pino from 'pino';
import { buildApp } from './app.ts';
import { cleanInterruptedImports } from './claims/import-service.ts';
import { todayIso } from './cli/context.ts';
import { isEmpty, loadDemoCity } from './demo/service.ts';
import { ensureDefaultOrganisation } from './organisations/service.ts';
import { loadConfig } from './platform/config.ts';
import { openDatabase } from './platform/db.ts';
import { migrate } from './platform/migrate.ts';

/** Composition root of the server: config → database (migrated) → demo city if empty → HTTP. */
async function main(): Promise<void> {
  const config = loadConfig();
  const logger = pino({ level: config.logLevel });
  const database = openDatabase(config);
  const applied = await migrate(database);
  if (applied.length > 0) logger.info({ applied }, 'migrations applied');
  const interrupted = await cleanInterruptedImports(database.db);
  if (interrupted > 0) logger.warn({ interrupted }, 'unfinished imports of a previous run discarded');
  const orgId = await ensureDefaultOrganisation(database);
  if (config.demoOnEmpty && (await isEmpty(database, orgId))) {
    logger.info('empty database: loading the demo city (first start only)');
    const summary = await loadDemoCity(
      database,
      { orgId, actor: 'system', lang: config.defaultLang },
      { today: todayIso() },
    );
    logger.info(summary, 'demo city loaded');
  }
  const app = await buildApp(
    { config, database, today: todayIso, webRoot: path.resolve('web/dist') },
    logger,
  );
  await app.listen({ host: config.host, port: config.port });
  logger.info(`EvS listens on http://${config.host}:${config.port}`);

  let stopping = false;
  const stop = async (signal: string) => {
    if (stopping) return;
    stopping = true;
    logger.info({ signal }, 'shutting down: finishing requests in flight');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.on('SIGTERM', () => void stop('SIGTERM'));
  process.on('SIGINT', () => void stop('SIGINT'));
}

await main();
