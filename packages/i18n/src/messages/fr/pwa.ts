/**
 * The installable portal (manifest, offline page), in French: the
 * reference for en/pwa.ts. Spread into fr.ts.
 */
export const pwaFr = {
  pwa: {
    manifestDescription: 'Vos rendez-vous et vos échanges avec {business}.',
    offlineTitle: 'Vous êtes hors ligne',
    offlineBody: 'Cette page n’est pas disponible sans connexion. Vérifiez votre connexion, puis réessayez.',
    offlineRetry: 'Réessayer',
  },
}
