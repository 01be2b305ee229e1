const localHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]', '']);

/**
 * Tests and resets empty the database they run on; they refuse any server that is not on this
 * machine, so a mistyped DATABASE_URL can never wipe shared data.
 */
export function assertLocalDatabase(url: string | undefined): void {
  if (!url) return;
  let host: string;
  try {
    host = new URL(url).hostname;
  } catch {
    throw new Error('DATABASE_URL is not a valid URL');
  }
  if (!localHosts.has(host)) {
    throw new Error(`Refusing to empty the database on ${host}: only a local database may be used here.`);
  }
}
