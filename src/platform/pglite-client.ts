import { Worker } from 'node:worker_threads';
import { Mutex } from './mutex.ts';

export interface WorkerError {
  message: string;
  code?: string;
  detail?: string;
  constraint?: string;
  table?: string;
  column?: string;
}

/** An error from the embedded engine, shaped like a `pg` DatabaseError (code, constraint, detail). */
export class EmbeddedDatabaseError extends Error {
  readonly code: string | undefined;
  readonly detail: string | undefined;
  readonly constraint: string | undefined;
  constructor(e: WorkerError) {
    super(e.message);
    this.name = 'EmbeddedDatabaseError';
    this.code = e.code;
    this.detail = e.detail;
    this.constraint = e.constraint;
  }
}

interface Pending {
  resolve: (value: unknown) => void;
  reject: (error: Error) => void;
}

export interface QueryResult {
  rows: Record<string, unknown>[];
  affectedRows: number;
  command?: string;
}

/**
 * Talks to PGlite running in a worker thread. `session` is the single connection's lock: Kysely's
 * driver and COPY both take it, so a transaction is never interleaved with another caller.
 */
export class PGliteClient {
  readonly session = new Mutex();
  private readonly worker: Worker;
  private readonly pending = new Map<number, Pending>();
  private nextId = 1;
  private readonly ready: Promise<void>;

  constructor(opts: { dataDir: string | null; loadDataDir?: Uint8Array }) {
    this.worker = new Worker(new URL('./pglite-worker.mjs', import.meta.url), {
      workerData: { dataDir: opts.dataDir, loadDataDir: opts.loadDataDir },
    });
    this.ready = new Promise((resolve, reject) => {
      this.pending.set(0, { resolve: () => resolve(), reject });
    });
    this.worker.on('message', (msg: { id: number; ok: boolean; result?: unknown; error?: WorkerError }) => {
      const p = this.pending.get(msg.id);
      if (!p) return;
      this.pending.delete(msg.id);
      if (msg.ok) p.resolve(msg.result);
      else p.reject(new EmbeddedDatabaseError(msg.error ?? { message: 'unknown embedded database error' }));
    });
    this.worker.on('error', (e) => this.failAll(e));
    this.worker.on('exit', (code) => this.failAll(new Error(`embedded database worker exited (${code})`)));
  }

  waitReady(): Promise<void> {
    return this.ready;
  }

  private failAll(e: Error): void {
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  private call<T>(msg: Record<string, unknown>, transfer?: ArrayBuffer[]): Promise<T> {
    const id = this.nextId++;
    return new Promise<T>((resolve, reject) => {
      this.pending.set(id, { resolve: resolve as (v: unknown) => void, reject });
      this.worker.postMessage({ id, ...msg }, transfer ?? []);
    });
  }

  /** Callers must hold `session`. */
  query(sql: string, params: readonly unknown[] = []): Promise<QueryResult> {
    return this.call<QueryResult>({ op: 'query', sql, params });
  }

  /** Multi-statement SQL without parameters (migrations). Callers must hold `session`. */
  exec(sql: string): Promise<QueryResult> {
    return this.call<QueryResult>({ op: 'exec', sql });
  }

  /** `COPY … FROM '/dev/blob'` with `data` as the input. Callers must hold `session`. */
  copyFrom(sql: string, data: Uint8Array): Promise<QueryResult> {
    return this.call<QueryResult>({ op: 'copyFrom', sql, data }, [data.buffer as ArrayBuffer]);
  }

  async dump(): Promise<Uint8Array> {
    const r = await this.call<{ data: Uint8Array }>({ op: 'dump' });
    return r.data;
  }

  async close(): Promise<void> {
    await this.call({ op: 'close' });
    await this.worker.terminate();
  }
}
