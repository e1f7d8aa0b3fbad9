// Runs PGlite (Postgres in WebAssembly) off the main thread so a long query never stalls HTTP.
// Plain JS on purpose: a worker thread does not inherit the TypeScript loader of its parent.
import { parentPort, workerData } from 'node:worker_threads';
import { PGlite, types } from '@electric-sql/pglite';

/** The same value shapes as the `pg` driver configured in db.ts: int8 → number, date/numeric → string. */
const parsers = {
  [types.INT8]: (v) => Number(v),
  [types.DATE]: (v) => v,
  [types.NUMERIC]: (v) => v,
};

const options = { parsers, relaxedDurability: false };
if (workerData.loadDataDir) options.loadDataDir = new Blob([workerData.loadDataDir]);
const db = workerData.dataDir ? new PGlite(workerData.dataDir, options) : new PGlite(options);

function errorShape(e) {
  return {
    message: e?.message ?? String(e),
    code: e?.code,
    detail: e?.detail,
    constraint: e?.constraint,
    table: e?.table,
    column: e?.column,
  };
}

async function handle(msg) {
  switch (msg.op) {
    case 'query': {
      const r = await db.query(msg.sql, msg.params ?? [], { rowMode: 'object' });
      return { rows: r.rows, affectedRows: r.affectedRows ?? 0, command: r.command };
    }
    case 'exec': {
      await db.exec(msg.sql);
      return { rows: [], affectedRows: 0 };
    }
    case 'copyFrom': {
      const r = await db.query(msg.sql, [], { blob: new Blob([msg.data]) });
      return { rows: [], affectedRows: r.affectedRows ?? 0 };
    }
    case 'dump': {
      const file = await db.dumpDataDir('gzip');
      return { data: new Uint8Array(await file.arrayBuffer()) };
    }
    case 'close': {
      await db.close();
      return {};
    }
    default:
      throw new Error(`unknown op ${msg.op}`);
  }
}

parentPort.on('message', (msg) => {
  handle(msg).then(
    (result) => parentPort.postMessage({ id: msg.id, ok: true, result }),
    (e) => parentPort.postMessage({ id: msg.id, ok: false, error: errorShape(e) }),
  );
});
db.waitReady.then(
  () => parentPort.postMessage({ id: 0, ok: true, result: { ready: true } }),
  (e) => parentPort.postMessage({ id: 0, ok: false, error: errorShape(e) }),
);
