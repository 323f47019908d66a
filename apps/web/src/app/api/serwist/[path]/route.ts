import { createSerwistRoute } from '@serwist/turbopack'
import { createHash } from 'node:crypto'
import { offlinePageHtml } from '~/features/pwa/offline-page'
import { offlinePagePath } from '~/service-worker/offline-path'

// The offline page's revision is its content: a change of wording re-precaches it.
const revision = createHash('sha256').update(offlinePageHtml()).digest('hex').slice(0, 16)

/**
 * The service worker (`/api/serwist/sw.js`), bundled offline with the native esbuild from
 * src/service-worker/sw.ts and prerendered at build time; sent with `Service-Worker-Allowed: /`
 * so it may control the whole portal. Under /api/ because the proxy lets API paths through on
 * every host without a locale or a tenant page tree.
 */
export const { dynamic, dynamicParams, revalidate, generateStaticParams, GET } = createSerwistRoute({
  swSrc: 'src/service-worker/sw.ts',
  useNativeEsbuild: true,
  additionalPrecacheEntries: [{ url: offlinePagePath, revision }],
})
