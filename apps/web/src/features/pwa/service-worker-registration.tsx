import { headers } from 'next/headers'
import { webEnv } from '~/env'

/** Registers the portal's service worker once the page has loaded; a refusal changes nothing. */
const registerScript =
  "if('serviceWorker' in navigator){addEventListener('load',function(){" +
  "navigator.serviceWorker.register('/api/serwist/sw.js',{scope:'/'}).catch(function(){})})}"

/**
 * The service worker's registration, as an inline script with this request's CSP nonce rather than
 * a client component, so a portal's pages download no more JavaScript than before. Production
 * builds only: under `next dev` the static files change behind the same URLs, which the worker's
 * cache would keep serving stale.
 */
export async function ServiceWorkerRegistration() {
  if (webEnv().nodeEnv !== 'production') return null
  const nonce = (await headers()).get('x-nonce') ?? undefined
  return <script nonce={nonce} dangerouslySetInnerHTML={{ __html: registerScript }} />
}
