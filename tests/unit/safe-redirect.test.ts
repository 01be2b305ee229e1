import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { safeCallbackPath } from '@/lib/safe-redirect';

const origin = 'http://localhost:3000';

describe('safeCallbackPath', () => {
  it.each([
    ['/admin/users?page=2', '/admin/users?page=2'],
    ['/meetings/1#documents', '/meetings/1#documents'],
    ['http://localhost:3000/admin/users', '/admin/users'],
    ['admin/users', '/admin/users'],
    [undefined, '/'],
    ['', '/'],
  ])('keeps a target on this site: %s -> %s', (value, path) => {
    expect(safeCallbackPath(value, origin)).toBe(path);
  });

  // Each of these reaches another site, runs script or loops back to sign-in once a browser reads it.
  it.each([
    ['a protocol-relative URL', '//evil.example/x'],
    ['a backslash for the second slash', '/\\evil.example'],
    ['two backslashes', '\\\\evil.example'],
    ['a tab between the slashes', '/\t/evil.example/x'],
    ['a newline between the slashes', '/\n/evil.example/x'],
    ['a carriage return between the slashes', '/\r/evil.example'],
    ['a leading tab', '\t//evil.example'],
    ['leading spaces', '  //evil.example'],
    ['a dot segment that leaves two slashes', '/.//evil.example'],
    ['a dot-dot segment that leaves two slashes', '/a/..//evil.example'],
    ['an absolute URL of another site', 'https://evil.example/meetings?x=1'],
    ['a look-alike host', 'http://localhost.evil.example/'],
    ['another port of this host', 'http://localhost:4000/'],
    ['https on this host', 'https://localhost:3000/'],
    ['userinfo that names this host', 'http://localhost:3000@evil.example/'],
    ['javascript:', 'javascript:alert(1)'],
    ['JavaScript: in mixed case with a tab', 'Java\tScript:alert(1)'],
    ['data:', 'data:text/html,<script>alert(1)</script>'],
    ['the sign-in page', '/sign-in?callbackUrl=/'],
    ['the sign-in page, absolute', 'http://localhost:3000/sign-in'],
    ['the sign-out page', '/sign-out'],
    ['a malformed URL', 'http://[::1'],
  ])('refuses %s', (_label, value) => {
    expect(safeCallbackPath(value, origin)).toBe('/');
  });

  // Encoded slashes and tabs stay in the path, encoded: a browser does not decode them into a host.
  it.each(['/%2F%2Fevil.example', '/%5Cevil.example', '/%09/evil.example/x', '/%2e%2e/%2fevil.example'])(
    'keeps %s on this site',
    (value) => {
      const path = safeCallbackPath(value, origin);
      expect(new URL(path, origin).origin).toBe(origin);
      expect(path.startsWith('//')).toBe(false);
    },
  );

  // Read as a browser reads them, these name a path of this site, and that path is what comes back.
  it.each([
    ['userinfo after a backslash', 'http://localhost:3000\\@evil.example/', '/@evil.example/'],
    ['a scheme without slashes', 'http:evil.example', '/evil.example'],
  ])('keeps %s on this site', (_label, value, path) => {
    expect(safeCallbackPath(value, origin)).toBe(path);
  });

  it('uses the fallback it is given', () => {
    expect(safeCallbackPath('//evil.example', origin, '/meetings')).toBe('/meetings');
  });

  it('follows the origin it is given, as the browser passes its own', () => {
    expect(safeCallbackPath('https://meetings.example.org/x?y=1', 'https://meetings.example.org')).toBe('/x?y=1');
    expect(safeCallbackPath('http://meetings.example.org/x', 'https://meetings.example.org')).toBe('/');
  });

  it('always answers a path that resolves to this site, whatever the input', () => {
    const tricky = fc.constantFrom('/', '\\', '\t', '\n', '\r', ' ', '.', ':', '@', '%', '?', '#', 'evil.example', 'localhost', 'http', 'javascript', '%2F', '%5C', '%09', '//', '/..');
    const input = fc.oneof(fc.string(), fc.webUrl(), fc.array(tricky, { maxLength: 8 }).map((parts) => parts.join('')));
    fc.assert(
      fc.property(input, (value) => {
        const path = safeCallbackPath(value, origin);
        expect(path.startsWith('/')).toBe(true);
        expect(new URL(path, origin).origin).toBe(origin);
        // What the browser then loads is what the path says, on this site: no host hides in it.
        expect(new URL(path, origin).href).toBe(`${origin}${path}`);
      }),
      { numRuns: 2000 },
    );
  });

  it('gives back a plain path of this site unchanged', () => {
    const segment = fc.stringMatching(/^[A-Za-z0-9_~-][A-Za-z0-9._~-]{0,11}$/);
    const query = fc.option(fc.stringMatching(/^[A-Za-z0-9=&_-]{1,20}$/), { nil: undefined });
    const fragment = fc.option(fc.stringMatching(/^[A-Za-z0-9_-]{1,12}$/), { nil: undefined });
    const path = fc
      .tuple(fc.array(segment, { minLength: 1, maxLength: 5 }), query, fragment)
      .map(([segments, q, f]) => `/${segments.join('/')}${q ? `?${q}` : ''}${f ? `#${f}` : ''}`)
      .filter((p) => !/^\/sign-(in|out)(\/|$|\?|#)/.test(p));
    fc.assert(
      fc.property(path, (value) => {
        expect(safeCallbackPath(value, origin)).toBe(value);
        expect(safeCallbackPath(`${origin}${value}`, origin)).toBe(value);
      }),
      { numRuns: 1000 },
    );
  });
});
