import autocannon from 'autocannon';

export type LoadResult = {
  requests: number;
  connections: number;
  seconds: number;
  requestsPerSecond: number;
  latencyMs: { p50: number; p99: number; mean: number };
};

/** The value below which `share` of the sorted values fall (nearest rank). */
export function percentile(sorted: readonly number[], share: number): number {
  if (sorted.length === 0) return Number.NaN;
  const rank = Math.min(sorted.length, Math.max(1, Math.ceil(share * sorted.length)));
  return sorted[rank - 1]!;
}

/**
 * A fixed number of GET requests over `connections` connections with autocannon. Anything but a 2xx
 * (a redirect to sign-in, an error page) fails the run: the figures would not be the page's.
 * Times are taken from each response as it arrives: autocannon's own totals end on its one-second
 * sampling tick and keep whole milliseconds, too coarse for pages of a few milliseconds.
 */
export async function loadPage(url: string, options: { cookie?: string; connections: number; amount: number }): Promise<LoadResult> {
  const latencies: number[] = [];
  let startedAt = 0;
  let lastResponseAt = 0;
  const result = await new Promise<autocannon.Result>((resolve, reject) => {
    const instance = autocannon(
      { url, connections: options.connections, amount: options.amount, headers: options.cookie ? { cookie: options.cookie } : {}, timeout: 60 },
      (error, finished) => (error ? reject(error) : resolve(finished)),
    );
    instance.on('start', () => (startedAt = performance.now()));
    instance.on('response', (_client, _statusCode, _bytes, responseTime) => {
      lastResponseAt = performance.now();
      latencies.push(responseTime);
    });
  });
  if (result.errors > 0 || result.non2xx > 0) {
    throw new Error(`${url}: ${result.non2xx} answers were not 2xx and ${result.errors} requests failed`);
  }
  const seconds = (lastResponseAt - startedAt) / 1000;
  const sorted = latencies.sort((a, b) => a - b);
  return {
    requests: latencies.length,
    connections: options.connections,
    seconds,
    requestsPerSecond: latencies.length / seconds,
    latencyMs: {
      p50: percentile(sorted, 0.5),
      p99: percentile(sorted, 0.99),
      mean: sorted.reduce((sum, value) => sum + value, 0) / sorted.length,
    },
  };
}
