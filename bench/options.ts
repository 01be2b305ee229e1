export type BenchOptions = {
  mode: 'full' | 'quick';
  /** The two scales compared, in units of NEASPEC's data today: the small one and the large one. */
  scales: { small: number; large: number };
  /** Requests per page in the timed run, over `connections` connections, after `warmupRequests`. */
  requests: number;
  connections: number;
  warmupRequests: number;
  /** Requests one at a time, for the latency of a page alone. */
  sequentialRequests: number;
  /** Requests of each page whose statements are counted (after one that warms up). */
  statementRepeats: number;
  /** Uploads sent at once in the write burst. */
  burstSize: number;
  /** Build the app first (`--no-build` reuses .next, for working on the benchmark itself). */
  build: boolean;
  port: number;
  /** Connections of the app to PostgreSQL, and of the raw INSERT floor: the app's default unless DATABASE_POOL_SIZE says. */
  poolSize: number;
};

const full = { mode: 'full', scales: { small: 1, large: 100 }, requests: 1000, warmupRequests: 100, sequentialRequests: 30, burstSize: 200 } as const;
const quick = { mode: 'quick', scales: { small: 1, large: 5 }, requests: 200, warmupRequests: 40, sequentialRequests: 20, burstSize: 40 } as const;

export function parseOptions(args: string[]): BenchOptions {
  const unknown = args.filter((arg) => arg !== '--quick' && arg !== '--no-build');
  if (unknown.length > 0) throw new Error(`unknown options: ${unknown.join(' ')} (the benchmark takes --quick and --no-build)`);
  const preset = args.includes('--quick') ? quick : full;
  return {
    ...preset,
    scales: { ...preset.scales },
    connections: 8,
    statementRepeats: 3,
    build: !args.includes('--no-build'),
    port: Number(process.env.BENCH_PORT ?? 3200),
    poolSize: Number(process.env.DATABASE_POOL_SIZE ?? 10),
  };
}

export function scaleLabel(factor: number): string {
  return `${factor}x`;
}
