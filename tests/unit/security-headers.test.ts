import { describe, expect, it } from 'vitest';
import { securityHeaders } from '@/lib/http/security-headers';

const production = { nonce: 'bm9uY2U=', publicUrl: 'http://localhost:3000', isDevelopment: false };

/** The policy's directives by name, each with its sources. */
function directivesOf(policy: string): Map<string, string[]> {
  return new Map(
    policy.split(';').map((directive) => {
      const [name = '', ...sources] = directive.trim().split(/\s+/);
      return [name, sources];
    }),
  );
}

describe('securityHeaders', () => {
  it('lets scripts run only with the request nonce in production: no inline or eval', () => {
    const csp = directivesOf(securityHeaders(production)['Content-Security-Policy']);
    expect(csp.get('script-src')).toEqual(["'self'", "'nonce-bm9uY2U='", "'strict-dynamic'"]);
    expect(csp.get('default-src')).toEqual(["'self'"]);
    expect(csp.get('object-src')).toEqual(["'none'"]);
    expect(csp.get('base-uri')).toEqual(["'self'"]);
    expect(csp.get('form-action')).toEqual(["'self'"]);
  });

  it('keeps inline styles (style attributes of Radix and React) and forbids framing', () => {
    const csp = directivesOf(securityHeaders(production)['Content-Security-Policy']);
    expect(csp.get('style-src')).toEqual(["'self'", "'unsafe-inline'"]);
    expect(csp.get('frame-ancestors')).toEqual(["'none'"]);
  });

  it("allows 'unsafe-eval' in development only, for React's dev tooling", () => {
    const csp = directivesOf(securityHeaders({ ...production, isDevelopment: true })['Content-Security-Policy']);
    expect(csp.get('script-src')).toContain("'unsafe-eval'");
    expect(csp.get('script-src')).not.toContain("'unsafe-inline'");
  });

  it('sends the fixed headers on every response', () => {
    const headers = securityHeaders(production);
    expect(headers['X-Content-Type-Options']).toBe('nosniff');
    expect(headers['Referrer-Policy']).toBe('strict-origin-when-cross-origin');
    const features = (headers['Permissions-Policy'] ?? '').split(', ');
    expect(features).toEqual(expect.arrayContaining(['camera=()', 'microphone=()', 'geolocation=()', 'payment=()']));
    for (const feature of features) expect(feature).toMatch(/^[a-z-]+=\(\)$/);
  });

  it('turns on HSTS and upgrades http: subresources only when the public address is HTTPS', () => {
    const plain = securityHeaders(production);
    expect(plain).not.toHaveProperty('Strict-Transport-Security');
    expect(directivesOf(plain['Content-Security-Policy']).has('upgrade-insecure-requests')).toBe(false);

    const secure = securityHeaders({ ...production, publicUrl: 'https://meetings.example.org' });
    expect(secure['Strict-Transport-Security']).toBe('max-age=31536000; includeSubDomains');
    expect(directivesOf(secure['Content-Security-Policy']).has('upgrade-insecure-requests')).toBe(true);
  });
});
