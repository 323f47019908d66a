/** Where the offline page is served (app/api/pwa/offline), precached by the service worker. */
export const offlinePagePath = '/api/pwa/offline'
