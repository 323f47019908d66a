/**
 * The words of every email (React Email templates in @portail/email), French, the reference for
 * en/email.ts. Apart from `catalogs` like the domain errors: the web app never shows them, and
 * its message-usage test wants every catalog key used there. Arguments are `{name}`, replaced
 * as they are (no ICU plural or select: numbers and dates arrive already written by the
 * formatters of this package). Typographic apostrophes.
 */
export const emailFr = {
  email: {
    layout: {
      logoAlt: 'Logo de {business}',
      privacyContact: 'Questions sur vos renseignements personnels : {contact}',
      sentFor: 'Message envoyé pour {business} par Portail.',
      unsubscribe: 'Ne plus recevoir ce type de message',
      openPortal: 'Ouvrir le portail',
    },
    unsubscribe: {
      title: 'Désabonnement',
      confirm: 'Ne plus recevoir ce type de message de {business} par courriel : {topic} ?',
      confirmButton: 'Me désabonner',
      done: 'C’est fait : vous ne recevrez plus ces messages de {business} par courriel ({topic}).',
      invalid:
        'Ce lien de désabonnement n’est pas valable ou ne sert plus. Vos préférences se gèrent aussi depuis le portail.',
      essentialNote: 'Les messages essentiels (codes de connexion, confirmations et reçus) vous parviendront toujours.',
      preferences: 'Gérer toutes mes préférences',
      topicReminders: 'rappels de rendez-vous',
      topicBookingChanges: 'changements de rendez-vous',
      topicPayments: 'avis de paiement',
      topicMessages: 'avis de nouveaux messages',
    },
    signInCode: {
      subject: '{code} est votre code de connexion {brand}',
      preview: 'Votre code de connexion : {code}',
      heading: 'Votre code de connexion',
      validity: 'Il est valable {minutes} minutes et ne sert qu’une fois.',
      ignore: 'Si vous ne l’avez pas demandé, ignorez ce message : personne ne peut se connecter sans le code.',
    },
    stepUpCode: {
      subject: '{code} confirme votre action dans {brand}',
      preview: 'Votre code de confirmation : {code}',
      heading: 'Votre code de confirmation',
      why: 'Une personne connectée à votre compte veut confirmer une action sensible (supprimer un client, modifier l’équipe…).',
      validity: 'Le code est valable {minutes} minutes et ne sert qu’une fois.',
      notYou: 'Si ce n’est pas vous, déconnectez toutes vos sessions et prévenez le propriétaire de l’entreprise.',
    },
    staffInvitation: {
      subject: '{inviter} vous invite à rejoindre {business} sur Portail',
      preview: 'Rejoignez l’équipe de {business}',
      heading: 'Invitation à rejoindre {business}',
      intro: '{inviter} vous invite à rejoindre l’équipe de {business} en tant que {role}.',
      roleAdmin: 'administrateur',
      roleStaff: 'membre de l’équipe',
      accept: 'Accepter l’invitation',
      expiry:
        'Le lien est valable jusqu’au {expiry}, une seule fois. Connectez-vous avec cette adresse courriel pour l’accepter.',
      ignore: 'Si vous n’attendiez pas cette invitation, ignorez ce message.',
    },
    clientPortalInvitation: {
      subject: '{business} vous invite sur son portail client',
      preview: 'Vos rendez-vous, factures et messages au même endroit',
      greeting: 'Bonjour {name},',
      intro: '{business} vous invite sur son portail client, où vous suivez vos rendez-vous, factures et messages.',
      open: 'Ouvrir le portail',
      signIn: 'Connectez-vous avec cette adresse courriel : votre dossier client vous y attend déjà.',
    },
    booking: {
      greeting: 'Bonjour {name},',
      greetingNoName: 'Bonjour,',
      when: 'Quand',
      service: 'Service',
      with: 'Avec',
      where: 'Où',
      client: 'Client',
      manage: 'Gérer mon rendez-vous',
      manageStaff: 'Voir le rendez-vous',
    },
    bookingConfirmed: {
      subject: 'Rendez-vous confirmé : {service}, {date}',
      preview: '{service} le {date}',
      heading: 'Votre rendez-vous est confirmé',
      intro: 'Votre rendez-vous chez {business} est confirmé. Le voici :',
    },
    bookingStaffNotice: {
      subject: 'Nouveau rendez-vous : {client}, {date}',
      preview: '{client} a réservé {service}',
      heading: 'Nouveau rendez-vous',
      intro: '{client} a réservé {service} avec vous.',
    },
    bookingReminder: {
      subject: 'Rappel : {service} {relative}',
      subjectNoLead: 'Rappel : {service}, {date}',
      preview: 'Votre rendez-vous {relative}, {time}',
      heading: 'Rappel de votre rendez-vous',
      intro: 'Votre rendez-vous chez {business} a lieu {relative}, {date}.',
      introNoLead: 'Votre rendez-vous chez {business} a lieu le {date}.',
      change: 'Un empêchement ? Prévenez-nous le plus tôt possible depuis le portail.',
    },
    bookingCancelled: {
      subject: 'Rendez-vous annulé : {service}, {date}',
      preview: '{service} du {date} est annulé',
      heading: 'Rendez-vous annulé',
      byClient: 'Votre rendez-vous du {date} a été annulé à votre demande.',
      byStaff: '{business} a annulé votre rendez-vous du {date}.',
      bySystem: 'Votre rendez-vous du {date} a été annulé.',
      staffByClient: '{client} a annulé son rendez-vous du {date}.',
      staffByStaff: 'Le rendez-vous de {client} du {date} a été annulé par l’équipe.',
      staffBySystem: 'Le rendez-vous de {client} du {date} a été annulé.',
      fee: 'Des frais d’annulation de {amount} s’appliquent.',
      noFee: 'Aucuns frais ne s’appliquent.',
      rebook: 'Réserver un autre moment',
    },
    bookingRescheduled: {
      subject: 'Rendez-vous déplacé : {service}, {date}',
      preview: 'Nouvelle heure : {date}',
      heading: 'Votre rendez-vous est déplacé',
      headingStaff: 'Rendez-vous déplacé',
      intro: 'Votre rendez-vous chez {business} a changé d’heure.',
      introStaff: 'Le rendez-vous de {client} a changé d’heure.',
      before: 'Avant : {date}',
      after: 'Maintenant : {date}',
    },
    bookingHoldExpired: {
      subject: 'Réservation non terminée : {service}',
      preview: 'Le moment retenu pour {service} est libéré',
      heading: 'Votre réservation n’a pas été terminée',
      intro:
        'Nous avions retenu le {date} pour {service}, mais la réservation n’a pas été terminée à temps : ce moment est de nouveau libre.',
      rebook: 'Choisir un moment',
    },
    bookingNoShow: {
      subject: 'Rendez-vous manqué : {service}, {date}',
      preview: 'Nous ne vous avons pas vu le {date}',
      heading: 'Rendez-vous manqué',
      intro: 'Nous ne vous avons pas vu à votre rendez-vous du {date}.',
      fee: 'Des frais d’absence de {amount} s’appliquent.',
      rebook: 'Prendre un nouveau rendez-vous',
    },
  },
}
