/** Longer than any IPv6 address: a header is the client's to write, the database should not store an essay. */
const maxAddressLength = 64;

/**
 * The address a request came from, as the nearest trusted hop wrote it in X-Forwarded-For.
 *
 * `next start` sets X-Forwarded-For to the address of the connection only when the request has no
 * such header; a header it receives is passed on unchanged, with nothing appended
 * (node_modules/next/dist/server/base-server.js: `req.headers['x-forwarded-for'] ??= socket.remoteAddress`).
 * So with `trustedHops` reverse proxies in front of the app, each appending the address it saw, the
 * client is the `trustedHops`-th entry from the right; with none, the right-most entry is the
 * address of the connection Next itself accepted. Entries further left were written by the client.
 */
export function clientAddress(forwardedFor: string | string[] | null | undefined, trustedHops: number): string {
  const header = Array.isArray(forwardedFor) ? forwardedFor.join(',') : (forwardedFor ?? '');
  const entries = header
    .split(',')
    .map((entry) => entry.trim())
    .filter(Boolean);
  // Fewer entries than hops: the request skipped a proxy; the left-most entry is the best there is.
  const entry = entries[Math.max(0, entries.length - Math.max(1, trustedHops))];
  if (!entry) return 'unknown';
  // Node names an IPv4 client of a dual-stack socket ::ffff:a.b.c.d: one client, one name.
  return entry.replace(/^::ffff:(\d+\.\d+\.\d+\.\d+)$/i, '$1').slice(0, maxAddressLength);
}
