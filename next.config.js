import createNextIntlPlugin from 'next-intl/plugin';

const withNextIntl = createNextIntlPlugin('./i18n/request.ts');

/** @type {import('next').NextConfig} */
const nextConfig = {
  // PGlite loads its WebAssembly and data files from its own package folder at run time;
  // bundling it breaks `next start` and copies those files into the public assets.
  serverExternalPackages: ['@electric-sql/pglite', '@node-rs/argon2'],
  poweredByHeader: false,
  experimental: {
    // forbidden() answers a refused page with a real 403 and app/forbidden.tsx.
    authInterrupts: true,
    // Documents of up to 20 MB are uploaded through a server action (and pass the proxy on the way).
    serverActions: { bodySizeLimit: '21mb' },
    proxyClientMaxBodySize: '21mb',
  },
};

export default withNextIntl(nextConfig);
