/** Web push on a device (the profile's and settings' toggle), in French: the reference for en/push.ts. Spread into fr.ts. */
export const pushFr = {
  push: {
    title: 'Notifications sur cet appareil',
    intro: 'Recevez vos rappels et les changements de rendez-vous sur cet appareil, même quand le portail est fermé.',
    turnOn: 'Activer les notifications sur cet appareil',
    turnOff: 'Désactiver les notifications sur cet appareil',
    turningOn: 'Activation…',
    turningOff: 'Désactivation…',
    on: 'Les notifications sont activées sur cet appareil.',
    off: 'Les notifications sont désactivées sur cet appareil.',
    denied:
      'Votre navigateur bloque les notifications de ce site. Autorisez-les dans les réglages du navigateur, puis réessayez.',
    unsupported:
      'Ce navigateur ne reçoit pas de notifications. Sur iPhone ou iPad, ajoutez d’abord le portail à l’écran d’accueil.',
    failed: 'Impossible de changer ce réglage pour le moment. Réessayez.',
  },
}
