import type { NextConfig } from 'next'
import { withSerwist } from '@serwist/turbopack'
import createNextIntlPlugin from 'next-intl/plugin'
import { fileURLToPath } from 'node:url'
import { hostRoutingRewrites } from './src/server/host-routing-rewrites'
import { staticSecurityHeaders } from './src/server/security-headers'

const config: NextConfig = {
  poweredByHeader: false,
  // react-pdf runs from node_modules as it is; the invoice PDF reads its woff fonts at run time.
  serverExternalPackages: ['@electric-sql/pglite', 'postgres', 'pino', '@react-pdf/renderer'],
  transpilePackages: [
    '@portail/api',
    '@portail/auth',
    '@portail/core',
    '@portail/db',
    '@portail/email',
    '@portail/events',
    '@portail/i18n',
    '@portail/inngest',
    '@portail/logger',
    '@portail/notifications',
    '@portail/storage',
    '@portail/ui',
    '@portail/validators',
  ],
  // forbidden() answers 403 with app/[locale]/t/[tenant]/forbidden.tsx (the staff area's refusal).
  experimental: { authInterrupts: true },
  turbopack: { root: fileURLToPath(new URL('../..', import.meta.url)) },
  // A portal's pages come from its business's tree, as the proxy decides from the Host (src/proxy.ts).
  rewrites() {
    return Promise.resolve({ beforeFiles: hostRoutingRewrites, afterFiles: [], fallback: [] })
  },
  // Build assets skip the proxy (src/proxy.ts sets every other response's headers); they keep
  // Next's immutable caching and get the headers that matter for a script or a stylesheet.
  headers() {
    const headers = Object.entries(staticSecurityHeaders).map(([key, value]) => ({ key, value }))
    return Promise.resolve([
      { source: '/_next/static/:path*', headers },
      { source: '/_next/image', headers },
      { source: '/favicon.ico', headers },
    ])
  },
}

// next-intl reads its per-request configuration (locale, catalog) from src/i18n/request.ts.
// withSerwist: the service worker route (app/api/serwist) bundles with esbuild, kept external.
export default createNextIntlPlugin('./src/i18n/request.ts')(withSerwist(config))
