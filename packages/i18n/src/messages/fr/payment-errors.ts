/** Domain errors of payments, refunds, saved cards, plans and Connect onboarding (fr); spread into domain-errors.ts. */
export const paymentErrorsFr = {
  payment: {
    notFound: 'Paiement introuvable.',
    unavailable:
      'Le service de paiement ne répond pas pour le moment. Rien n’a été débité : réessayez dans quelques minutes.',
    providerRefused: 'Le service de paiement a refusé la demande. Rien n’a été débité.',
    notConnected: 'Cette entreprise n’accepte pas encore les paiements en ligne.',
    bookingNotFound: 'Rendez-vous introuvable.',
    bookingNotPayable: 'Ce rendez-vous n’attend pas de paiement.',
    alreadyPaid: 'Ce rendez-vous est déjà payé.',
    holdExpired: 'Le délai pour payer ce rendez-vous est écoulé. Réservez de nouveau.',
    nothingToPay: 'Il n’y a rien à payer pour ce rendez-vous.',
    currencyUnsupported: 'Seul le dollar canadien (CAD) est accepté.',
    amountInvalid: 'Le montant doit être d’au moins 0,01 $ et d’au plus 100 000,00 $.',
    refundTooLarge: 'Le remboursement dépasse le montant encore remboursable de ce paiement.',
    refundNotAllowed: 'Ce paiement ne peut pas être remboursé.',
    reasonInvalid: 'Indiquez une raison (500 caractères au plus).',
    urlInvalid: 'Adresse de retour invalide.',
    cardNotFound: 'Carte introuvable.',
    noCustomer: 'Aucune carte enregistrée pour ce client.',
    planNotFound: 'Forfait introuvable.',
    subscriptionNotFound: 'Abonnement introuvable.',
    alreadySubscribed: 'Vous êtes déjà abonné à ce forfait.',
    noCancellationFee: 'Aucuns frais d’annulation ne s’appliquent à ce rendez-vous.',
    gstNumberInvalid:
      'Numéro de TPS/TVH invalide : 9 chiffres suivis de RT et de 4 chiffres (ex. 123456789 RT0001). Rien n’a été enregistré.',
    qstNumberInvalid:
      'Numéro de TVQ invalide : 10 chiffres suivis de TQ et de 4 chiffres (ex. 1234567890 TQ0001). Rien n’a été enregistré.',
    termsInvalid: 'Le délai de paiement doit être de 0 à 365 jours.',
    notesTooLong: 'La note de facture ne doit pas dépasser 2 000 caractères.',
    feeInvalid:
      'Frais de plateforme invalides : de 0 à 20 % et de 0 à 10,00 $, ou les deux vides pour le taux par défaut.',
  },
}
