const signInPages = ['/sign-in', '/sign-out'];

function isSignInPage(pathname: string): boolean {
  return signInPages.some((page) => pathname === page || pathname.startsWith(`${page}/`));
}

function resolve(value: string, base: string): URL | null {
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/**
 * Where to send someone after sign-in: only somewhere on this site, so a crafted link cannot send
 * them elsewhere. The target is resolved against the app's origin the way a browser resolves it
 * (dropping tabs and newlines, reading backslashes as slashes), and kept only when it lands on that
 * origin; the answer is its path, query and fragment, which resolve to the same place again.
 * `origin` is the app's own: `window.location.origin` in the browser, `publicUrl` (lib/config.ts) on the server.
 */
export function safeCallbackPath(value: string | null | undefined, origin: string, fallback = '/'): string {
  if (!value) return fallback;
  const appOrigin = new URL(origin).origin;
  const target = resolve(value, appOrigin);
  if (!target || target.origin !== appOrigin || isSignInPage(target.pathname)) return fallback;
  const path = `${target.pathname}${target.search}${target.hash}`;
  // A path such as `/.//evil.example` normalizes to `//evil.example`, which a browser reads as
  // another host: only a path that resolves back to the same URL is handed on.
  return resolve(path, appOrigin)?.href === target.href ? path : fallback;
}
