/** Only same-site paths are followed after sign-in, so a crafted link cannot send a user elsewhere. */
export function safeCallbackPath(value: string | null | undefined, fallback = '/'): string {
  if (!value) return fallback;
  let path = value;
  try {
    // next-auth hands back absolute URLs; keep only their path on this site.
    if (/^https?:\/\//i.test(value)) {
      const url = new URL(value);
      path = `${url.pathname}${url.search}`;
    }
  } catch {
    return fallback;
  }
  if (!path.startsWith('/') || path.startsWith('//') || path.startsWith('/\\')) return fallback;
  if (path.startsWith('/sign-in') || path.startsWith('/sign-out')) return fallback;
  return path;
}
