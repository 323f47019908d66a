/// <reference lib="webworker" />
import { CacheFirst, NetworkOnly, type PrecacheEntry, Serwist, type SerwistGlobalConfig } from 'serwist'
import { offlinePagePath } from './offline-path'
import { notificationFromPush, type PushNotification } from './push-message'

/*
 * The portal's service worker, bundled offline by @serwist/turbopack (app/api/serwist/[path]) and
 * registered by every portal page at scope '/' of the business's own host.
 *
 * What it caches, on purpose little: the build's static files (content-hashed, the same for every
 * reader) and the offline page. Pages are never cached: they show one person's appointments and
 * are sent `private, no-store`, and a device may be shared after a sign-out. A page that cannot be
 * fetched offline gets the offline page instead.
 */

declare global {
  interface WorkerGlobalScope extends SerwistGlobalConfig {
    __SW_MANIFEST: (PrecacheEntry | string)[] | undefined
  }
}

declare const self: ServiceWorkerGlobalScope

const serwist = new Serwist({
  precacheEntries: self.__SW_MANIFEST,
  skipWaiting: true,
  clientsClaim: true,
  runtimeCaching: [
    {
      matcher: ({ sameOrigin, url }) => sameOrigin && url.pathname.startsWith('/_next/static/'),
      handler: new CacheFirst({ cacheName: 'next-static' }),
    },
    { matcher: ({ request }) => request.mode === 'navigate', handler: new NetworkOnly() },
  ],
  fallbacks: {
    entries: [{ url: offlinePagePath, matcher: ({ request }) => request.destination === 'document' }],
  },
})

serwist.addEventListeners()

self.addEventListener('push', (event) => {
  const notification: PushNotification = notificationFromPush(event.data?.text() ?? null)
  event.waitUntil(
    self.registration.showNotification(notification.title, {
      body: notification.body,
      tag: notification.tag,
      data: { url: notification.url },
      icon: notification.icon,
    }),
  )
})

self.addEventListener('notificationclick', (event) => {
  event.notification.close()
  const data: unknown = event.notification.data
  const path =
    typeof data === 'object' && data !== null && 'url' in data && typeof data.url === 'string' ? data.url : '/'
  // Only this portal's own pages: a payload can never send the reader to another site.
  const target = new URL(path, self.location.origin)
  const url = target.origin === self.location.origin ? target.href : self.location.origin
  event.waitUntil(
    self.clients.matchAll({ type: 'window', includeUncontrolled: true }).then((windows) => {
      const open = windows.find((client) => client.url === url)
      if (open) return open.focus()
      return self.clients.openWindow(url)
    }),
  )
})
