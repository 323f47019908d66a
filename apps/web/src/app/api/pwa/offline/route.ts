import { offlinePageHtml } from '~/features/pwa/offline-page'

/** Built once: the same bytes for every portal, which the service worker precaches. */
export const dynamic = 'force-static'

/** The offline page (features/pwa/offline-page.ts), precached by the service worker. */
export function GET(): Response {
  return new Response(offlinePageHtml(), { headers: { 'content-type': 'text/html; charset=utf-8' } })
}
