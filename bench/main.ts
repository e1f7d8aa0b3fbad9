/** The benchmark registry behind `npm run bench -- NAME`. Each prints its figure beside its reference. */
type Bench = (args: string[]) => Promise<void>;

const BENCHES: Record<string, () => Promise<Bench>> = {
  import: async () => (await import('./import.bench.ts')).runImportBench,
  http: async () => (await import('./http.bench.ts')).runHttpBench,
  overview: async () => (await import('./overview.bench.ts')).runOverviewBench,
  payments: async () => (await import('./payments.bench.ts')).paymentsBenchMain,
  sweep: async () => {
    const { runSweepBench } = await import('./sweep.bench.ts');
    return async (args) => {
      await runSweepBench(Number(args[0] ?? 1_000_000));
    };
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
  await (await load())(args);
}
