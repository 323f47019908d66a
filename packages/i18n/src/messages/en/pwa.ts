import type { CatalogOf } from '../messages'
import type { pwaFr } from '../fr/pwa'

/** The installable portal, in English (same keys as fr/pwa.ts). */
export const pwaEn: CatalogOf<typeof pwaFr> = {
  pwa: {
    manifestDescription: 'Your appointments and exchanges with {business}.',
    offlineTitle: 'You are offline',
    offlineBody: 'This page is not available without a connection. Check your connection, then try again.',
    offlineRetry: 'Try again',
  },
}
