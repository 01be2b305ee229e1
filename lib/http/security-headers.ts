// The security headers of every response, built per request by proxy.ts. Pure, so the policy is tested as data.

export type SecurityHeaderOptions = {
  /** Fresh and random for each request: Next stamps its own scripts with it, injected ones lack it. */
  nonce: string;
  /** The app's public origin: over HTTPS, browsers are told to stay on HTTPS. */
  publicUrl: string;
  /** `next dev` only: React's dev tooling rebuilds server error stacks with eval. */
  isDevelopment: boolean;
};

// Browser features the app never uses, refused to the page and to anything it might embed.
const refusedFeatures = [
  'accelerometer',
  'browsing-topics',
  'camera',
  'display-capture',
  'geolocation',
  'gyroscope',
  'hid',
  'magnetometer',
  'microphone',
  'midi',
  'payment',
  'serial',
  'usb',
];

/**
 * Scripts run only with the request's nonce (and what those scripts load: 'strict-dynamic'), so an
 * injected <script> or inline handler never runs. Styles keep 'unsafe-inline': Radix and React set
 * style attributes, which a nonce cannot cover.
 */
function contentSecurityPolicy({ nonce, publicUrl, isDevelopment }: SecurityHeaderOptions): string {
  const directives = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${isDevelopment ? " 'unsafe-eval'" : ''}`,
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' blob: data:",
    "font-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
    // An http: link that slipped into a page served over HTTPS is fetched over HTTPS, not blocked.
    ...(isHttps(publicUrl) ? ['upgrade-insecure-requests'] : []),
  ];
  return directives.join('; ');
}

/** Header name to value; the policy is always there, as proxy.ts also hands it to Next on the request. */
export type SecurityHeaders = Record<string, string> & { 'Content-Security-Policy': string };

export function securityHeaders(options: SecurityHeaderOptions): SecurityHeaders {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'X-Content-Type-Options': 'nosniff',
    'Referrer-Policy': 'strict-origin-when-cross-origin',
    'Permissions-Policy': refusedFeatures.map((feature) => `${feature}=()`).join(', '),
    // Only where the public address is HTTPS: a plain-HTTP installation (a local demo) must stay reachable.
    ...(isHttps(options.publicUrl) ? { 'Strict-Transport-Security': 'max-age=31536000; includeSubDomains' } : {}),
  };
}

function isHttps(url: string): boolean {
  return url.startsWith('https:');
}
