/**
 * In-app notifications (the bell, the notifications page, the dashboard card), in French: the
 * reference. `kind…` words each notification for its reader; a notification stores no text, only
 * its kind and what fills it in (service, time, client), so it reads in the reader's language.
 */
export const notificationsFr = {
  notifications: {
    title: 'Notifications',
    intro: 'Les avis de {business}, du plus récent au plus ancien.',
    bellUnread:
      '{count, plural, =0 {Notifications, aucune non lue} one {Notifications, # non lue} other {Notifications, # non lues}}',
    unreadAnnouncement:
      '{count, plural, =0 {Aucune notification non lue} one {# notification non lue} other {# notifications non lues}}',
    empty: 'Aucune notification pour l’instant.',
    unread: 'Non lue',
    markRead: 'Marquer comme lue',
    markAllRead: 'Tout marquer comme lu',
    older: 'Notifications plus anciennes',
    loading: 'Chargement…',
    open: 'Voir',
    failed: 'L’action n’a pas abouti. Réessayez.',
    cardTitle: 'Notifications',
    cardEmpty: 'Rien de nouveau.',
    cardSeeAll: 'Toutes les notifications',
    someClient: 'un client',
    someService: 'votre rendez-vous',
    kindBookingConfirmed: 'Rendez-vous confirmé : « {service} », {start}.',
    kindBookingReminder: 'Rappel : « {service} », {start}.',
    kindBookingCancelled: 'Rendez-vous annulé : « {service} », {start}.',
    kindBookingRescheduled: 'Rendez-vous déplacé : « {service} », maintenant {start}.',
    kindBookingHoldExpired: 'Réservation expirée faute de paiement : « {service} », {start}.',
    kindBookingNoShow: 'Absence notée : « {service} », {start}.',
    kindBookingStaffNotice: 'Nouveau rendez-vous : {client}, « {service} », {start}.',
    kindStaffBookingCancelled: 'Rendez-vous annulé : {client}, « {service} », {start}.',
    kindStaffBookingRescheduled: 'Rendez-vous déplacé : {client}, « {service} », maintenant {start}.',
    kindBookingUnassigned: 'Plus à votre horaire : {client}, « {service} », {start}.',
    kindOther: 'Nouvelle notification de {business}.',
  },
}
