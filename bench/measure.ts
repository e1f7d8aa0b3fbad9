/** Small helpers shared by the benchmarks: wall time and peak resident memory of this process. */
export interface Measured<T> {
  readonly value: T;
  readonly seconds: number;
  readonly peakRssMb: number;
}

export async function measure<T>(fn: () => Promise<T>): Promise<Measured<T>> {
  let peak = process.memoryUsage.rss();
  const timer = setInterval(() => {
    peak = Math.max(peak, process.memoryUsage.rss());
  }, 50);
  const start = process.hrtime.bigint();
  try {
    const value = await fn();
    const seconds = Number(process.hrtime.bigint() - start) / 1e9;
    peak = Math.max(peak, process.memoryUsage.rss());
    return { value, seconds, peakRssMb: Math.round(peak / 1024 / 1024) };
  } finally {
    clearInterval(timer);
  }
}

export function perSecond(count: number, seconds: number): string {
  return `${Math.round(count / seconds).toLocaleString('en')}/s`;
}

export function round(seconds: number, digits = 3): number {
  const f = 10 ** digits;
  return Math.round(seconds * f) / f;
}
