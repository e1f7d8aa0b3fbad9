/**
 * The benchmark registry behind `npm run bench -- NAME`. Each prints its figures beside their
 * references and returns them; with `--json` the prose goes to stderr and the figures to stdout as
 * one JSON document, so runs can be compared by a script.
 */
type Bench = (args: string[]) => Promise<unknown>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  import: async () => (await import('./import.bench.ts')).runImportBench,
  http: async () => (await import('./http.bench.ts')).runHttpBench,
  overview: async () => (await import('./overview.bench.ts')).runOverviewBench,
  payments: async () => (await import('./payments.bench.ts')).paymentsBenchMain,
  sweep: async () => {
    const { runSweepBench } = await import('./sweep.bench.ts');
    return (args) => runSweepBench(Number(args[0] ?? 1_000_000));
  },
};

export async function runBench(argv: string[]): Promise<void> {
  const [name, ...args] = argv;
  const load = name ? BENCHES[name] : undefined;
  if (!load) {
    console.error(`usage: npm run bench -- <${Object.keys(BENCHES).join('|')}> [args]`);
    process.exitCode = 2;
    return;
  }
  const bench = await load();
  if (!args.includes('--json')) {
    await bench(args);
    return;
  }
  const log = console.log;
  console.log = (...line: unknown[]) => console.error(...line);
  try {
    const figures = await bench(args.filter((a) => a !== '--json'));
    process.stdout.write(`${JSON.stringify({ bench: name, figures }, null, 2)}\n`);
  } finally {
    console.log = log;
  }
}
