#!/usr/bin/env node
// `npm run bench -- NAME [args]`: runs one benchmark of bench/ (see README "Benchmarks").
import { register } from 'tsx/esm/api';

register();
const { runBench } = await import('../bench/main.ts');
await runBench(process.argv.slice(2));
