import { isLang } from '../kernel/i18n.ts';
import { type Config, loadConfig } from './config.ts';
import { type Database, openDatabase } from './db.ts';
import type { Failure } from './errors.ts';
import { migrate } from './migrate.ts';
import type { Lang, Scope } from './scope.ts';

export const EXIT = { ok: 0, failed: 1, usage: 2, notFound: 3 } as const;

export interface CliRun {
  readonly config: Config;
  readonly database: Database;
  readonly scope: Scope;
  readonly today: string;
}

export function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What every command needs done on a migrated database first; answers the operator's organisation id. */
export type CliPreparation = (database: Database) => Promise<string>;

let preparation: CliPreparation | null = null;

/** Set once by the CLI's composition root (`src/cli.ts`), which knows the capabilities. */
export function prepareEveryCommand(prepare: CliPreparation): void {
  preparation = prepare;
}

/** Opens the configured database (migrated), runs `fn` as the local operator and sets the exit code. */
export async function runCli(lang: Lang | undefined, fn: (run: CliRun) => Promise<number>): Promise<void> {
  if (preparation === null) throw new Error('runCli called before src/cli.ts set its preparation');
  const config = loadConfig();
  const database = openDatabase(config);
  try {
    await migrate(database);
    const orgId = await preparation(database);
    const scope: Scope = { orgId, actor: 'cli', lang: lang ?? config.defaultLang };
    process.exitCode = await fn({ config, database, scope, today: todayIso() });
  } finally {
    await database.close();
  }
}

/** Prints a failure in the user's language and returns its exit code (3 for not found). */
export function reportFailure(f: Failure, json: boolean): number {
  if (json) process.stdout.write(`${JSON.stringify({ error: { code: f.code, message: f.message } })}\n`);
  else process.stderr.write(`${f.message}\n`);
  return f.kind === 'not_found' ? EXIT.notFound : EXIT.failed;
}

export function langOption(value: string | undefined): Lang | undefined {
  return isLang(value) ? value : undefined;
}
