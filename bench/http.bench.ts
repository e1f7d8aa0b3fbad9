/*
 * `npm run bench -- http [people] [uploadClaims] [--json]`: starts the real server on each engine
 * (embedded PGlite, and PostgreSQL when DATABASE_URL is set) in its own process and measures with
 * autocannon (10 connections, 10 s each) the overview of one person beside a one-row authenticated
 * read (`GET /api/v1/auth/me`) and beside `/healthz`; then the same `/healthz` and overview while a
 * claims file of `uploadClaims` rows (default 200,000) imports. Clients come from 50 addresses
 * (X-Forwarded-For) so the per-client rate limit does not turn the figures into 429s.
 */
import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import type { ServerReady } from './http-server.ts';
import { round } from './measure.ts';

const HERE = fileURLToPath(import.meta.url);
const SECONDS = 10;
const CONNECTIONS = 10;

interface Figure {
  readonly endpoint: string;
  readonly requestsPerSecond: number;
  readonly p50Ms: number;
  readonly p99Ms: number;
  readonly non2xx: number;
  readonly errors: number;
}

async function hammer(endpoint: string, url: string, cookie: string | null): Promise<Figure> {
  let n = 0;
  const result = await autocannon({
    url,
    connections: CONNECTIONS,
    duration: SECONDS,
    headers: cookie ? { cookie } : {},
    requests: [
      {
        setupRequest: (req) => {
          n++;
          return { ...req, headers: { ...req.headers, 'x-forwarded-for': `198.18.0.${n % 50}` } };
        },
      },
    ],
  });
  return {
    endpoint,
    requestsPerSecond: round(result.requests.average, 1),
    p50Ms: result.latency.p50,
    p99Ms: result.latency.p99,
    non2xx: result.non2xx,
    errors: result.errors + result.timeouts,
  };
}

function message<T>(child: ChildProcess, kind: string): Promise<T> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: { kind: string; message?: string }) => {
      if (m.kind === kind) {
        child.off('message', onMessage);
        resolve(m as T);
      } else if (m.kind === 'failed') reject(new Error(m.message));
    };
    child.on('message', onMessage);
    child.once('exit', (code) => reject(new Error(`benchmark server exited with ${code}`)));
  });
}

async function runEngine(
  databaseUrl: string | null,
  people: number,
  uploadClaims: number,
  log: (l: string) => void,
) {
  const child = fork(HERE, ['--server', databaseUrl ?? '-', String(people)], {
    execArgv: ['--import', 'tsx'],
    stdio: ['inherit', 2, 'inherit', 'ipc'],
  });
  try {
    const ready = await message<ServerReady>(child, 'ready');
    log(`${ready.engine}: server ready at ${ready.url}`);
    const overviewUrl = `${ready.url}/api/v1/debtors/${ready.debtorId}/overview`;
    const idle = [
      await hammer('/healthz', `${ready.url}/healthz`, null),
      await hammer('GET /api/v1/auth/me', `${ready.url}/api/v1/auth/me`, ready.cookie),
      await hammer('GET /api/v1/debtors/{id}/overview', overviewUrl, ready.cookie),
    ];
    for (const f of idle) log(`  idle   ${line(f)}`);
    const during: Figure[] = [];
    let importSeconds: number | null = null;
    if (uploadClaims > 0) {
      child.send({ kind: 'import', claims: uploadClaims });
      const imported = message<{ seconds: number }>(child, 'imported');
      // the file is generated first: give the import a head start into its COPY and merge
      await new Promise((r) => setTimeout(r, 3000));
      during.push(await hammer('/healthz', `${ready.url}/healthz`, null));
      during.push(await hammer('GET /api/v1/debtors/{id}/overview', overviewUrl, ready.cookie));
      for (const f of during) log(`  import ${line(f)}`);
      importSeconds = (await imported).seconds;
      log(`  the ${uploadClaims.toLocaleString('en')}-claim import took ${importSeconds.toFixed(1)} s`);
    }
    const one = idle[1] as Figure;
    const ov = idle[2] as Figure;
    return {
      engine: ready.engine,
      idle,
      duringImport: during,
      uploadClaims,
      importSeconds: importSeconds === null ? null : round(importSeconds),
      ratios: { overviewToOneRowRead: round(ov.requestsPerSecond / one.requestsPerSecond) },
    };
  } finally {
    child.send({ kind: 'stop' });
    await once(child, 'exit').catch(() => undefined);
  }
}

function line(f: Figure): string {
  const bad = f.non2xx + f.errors > 0 ? `  (${f.non2xx} non-2xx, ${f.errors} errors)` : '';
  return `${f.endpoint.padEnd(34)} ${f.requestsPerSecond.toFixed(0).padStart(6)} req/s  p50 ${String(f.p50Ms).padStart(4)} ms  p99 ${String(f.p99Ms).padStart(5)} ms${bad}`;
}

async function main(argv: string[]): Promise<unknown> {
  if (argv[0] === '--server') {
    const { serve } = await import('./http-server.ts');
    await serve(argv[1] === '-' ? null : (argv[1] ?? null), Number(argv[2] ?? 5000));
    return null;
  }
  const rest = argv;
  const log = (line: string) => console.log(line);
  const only = rest.find((a) => a.startsWith('--engine='))?.slice('--engine='.length);
  const sizes = rest.filter((a) => !a.startsWith('--'));
  const people = Number(sizes[0] ?? 5000);
  const uploadClaims = Number(sizes[1] ?? 200_000);
  const engines = [null, ...(process.env.DATABASE_URL ? [process.env.DATABASE_URL] : [])].filter(
    (url) => !only || only === (url ? 'postgres' : 'pglite'),
  );
  const results = [];
  for (const url of engines) results.push(await runEngine(url, people, uploadClaims, log));
  for (const r of results) {
    log(
      `${r.engine}: overview ${r.ratios.overviewToOneRowRead.toFixed(2)} × the one-row read (target ≥ 0.5)`,
    );
  }
  return { people, connections: CONNECTIONS, seconds: SECONDS, engines: results };
}

export const runHttpBench = main;

if (process.argv[1] === HERE) await main(process.argv.slice(2));
