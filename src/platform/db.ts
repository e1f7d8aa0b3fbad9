import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Kysely, PostgresDialect, sql, type Transaction } from 'kysely';
import pg from 'pg';
import copyStreams from 'pg-copy-streams';
import type { Config } from './config.ts';
import { PGliteClient } from './pglite-client.ts';
import { PGliteDialect } from './pglite-dialect.ts';
import type { Schema } from './schema.ts';
import { currentOrganisation } from './tenant.ts';
import { confinedCopyLines } from './tenant-copy.ts';
import { releaseStatement, TenantDialect } from './tenant-dialect.ts';

export type Db = Kysely<Schema>;
export type Trx = Transaction<Schema>;
/** Either the root handle or an open transaction: store functions accept both. */
export type Executor = Db | Trx;

export interface Database {
  readonly engine: 'pglite' | 'postgres';
  readonly db: Db;
  /** Runs a multi-statement SQL script inside `trx` (migrations). */
  execScript(trx: Trx, script: string): Promise<void>;
  /**
   * Bulk-loads COPY text lines (see copy-text.ts) into `table` on its own connection, outside any
   * transaction: callers load into a staging table and merge in a transaction afterwards.
   */
  copyInto(
    table: string,
    columns: readonly string[],
    lines: AsyncIterable<string> | Iterable<string>,
    /** COPY options, e.g. `(FORMAT csv, DELIMITER ';')`; default: text format. */
    options?: string,
  ): Promise<number>;
  /** A gzip tarball of the embedded data folder (consistent: taken between transactions). */
  dumpEmbedded(): Promise<Uint8Array>;
  close(): Promise<void>;
}

const COPY_CHUNK_BYTES = 4 * 1024 * 1024;

function copySql(table: string, columns: readonly string[], source: string, options = ''): string {
  const cols = columns.map((c) => `"${c}"`).join(', ');
  return `COPY "${table}" (${cols}) FROM ${source} ${options}`.trimEnd();
}

function openEmbedded(dataDir: string | null, loadDataDir?: Uint8Array): Database {
  const client = new PGliteClient({ dataDir, ...(loadDataDir ? { loadDataDir } : {}) });
  const dialect = new TenantDialect(new PGliteDialect(client));
  const db = new Kysely<Schema>({ dialect });
  const encoder = new TextEncoder();
  return {
    engine: 'pglite',
    db,
    async execScript(_trx, script) {
      // The transaction holds the single session; the script runs inside it.
      await client.exec(script);
    },
    async copyInto(table, columns, lines, options) {
      const statement = copySql(table, columns, `'/dev/blob'`, options);
      let total = 0;
      let parts: string[] = [];
      let size = 0;
      // The session is taken per chunk, not for the whole load: other requests go on meanwhile.
      const flush = async () => {
        if (parts.length === 0) return;
        const data = encoder.encode(parts.join(''));
        parts = [];
        size = 0;
        const release = await client.session.lock();
        try {
          const owner = releaseStatement(); // COPY runs as the owner (see bulkLoadLines)
          await client.query(owner.sql, owner.parameters);
          dialect.forgetSessions();
          total += (await client.copyFrom(statement, data)).affectedRows;
        } finally {
          release();
        }
      };
      for await (const line of bulkLoadLines(db, table, columns, lines)) {
        parts.push(line);
        size += line.length;
        if (size >= COPY_CHUNK_BYTES) await flush();
      }
      await flush();
      return total;
    },
    async dumpEmbedded() {
      await client.waitReady();
      // between transactions: the dump is consistent
      const release = await client.session.lock();
      try {
        return await client.dump();
      } finally {
        release();
      }
    },
    async close() {
      await db.destroy();
      await client.close();
    },
  };
}

const pgTypes = {
  getTypeParser(oid: number, format?: string) {
    if (oid === 20) return (v: string) => Number(v); // int8: cents and counts stay safe integers
    if (oid === 1082 || oid === 1700) return (v: string) => v; // date, numeric: text
    return pg.types.getTypeParser(oid, format as 'text');
  },
};

function openPostgres(url: string): Database {
  const pool = new pg.Pool({ connectionString: url, types: pgTypes, max: 10 });
  // An idle connection the server ended (restart, failover, a dropped test database) is replaced by
  // the pool; without a listener its error would take the whole process down.
  pool.on('error', () => undefined);
  const dialect = new TenantDialect(new PostgresDialect({ pool }));
  const db = new Kysely<Schema>({ dialect });
  return {
    engine: 'postgres',
    db,
    async execScript(trx, script) {
      await sql.raw(script).execute(trx);
    },
    async copyInto(table, columns, lines, options) {
      const client = await pool.connect();
      try {
        // COPY runs as the owner (see bulkLoadLines), with the caller's time budget (an import: none)
        const owner = releaseStatement();
        await client.query(owner.sql, [...owner.parameters]);
        dialect.forgetSessions();
        const stream = client.query(copyStreams.from(copySql(table, columns, 'STDIN', options)));
        const source = Readable.from(batchLines(bulkLoadLines(db, table, columns, lines)), {
          objectMode: false,
        });
        await pipeline(source, stream as unknown as Writable);
        return Number(stream.rowCount ?? 0);
      } finally {
        client.release();
      }
    },
    async dumpEmbedded() {
      throw new Error('dumpEmbedded is for the embedded database; use pg_dump for PostgreSQL');
    },
    async close() {
      await db.destroy();
    },
  };
}

/**
 * PostgreSQL refuses COPY FROM under row-level security, so bulk loads run as the owner; lines loaded
 * for a confined caller are checked to be its organisation's first (tenant-copy.ts).
 */
function bulkLoadLines(
  db: Db,
  table: string,
  columns: readonly string[],
  lines: AsyncIterable<string> | Iterable<string>,
): AsyncIterable<string> | Iterable<string> {
  const organisationId = currentOrganisation();
  return organisationId === null ? lines : confinedCopyLines(db, organisationId, table, columns, lines);
}

/** Joins small lines into larger chunks: one stream write per line is slow. */
async function* batchLines(lines: AsyncIterable<string> | Iterable<string>): AsyncGenerator<string> {
  let parts: string[] = [];
  let size = 0;
  for await (const line of lines) {
    parts.push(line);
    size += line.length;
    if (size >= 256 * 1024) {
      yield parts.join('');
      parts = [];
      size = 0;
    }
  }
  if (parts.length > 0) yield parts.join('');
}

export function openDatabase(
  config: Pick<Config, 'databaseUrl' | 'dataDir'>,
  opts: { loadDataDir?: Uint8Array } = {},
): Database {
  return config.databaseUrl
    ? openPostgres(config.databaseUrl)
    : openEmbedded(config.dataDir, opts.loadDataDir);
}
