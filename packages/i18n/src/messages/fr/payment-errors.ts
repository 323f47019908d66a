/** Domain errors of payments, refunds, saved cards, plans and Connect onboarding (fr); spread into domain-errors.ts. */
export const paymentErrorsFr = {
  payment: {
    notFound: 'Paiement introuvable.',
  },
}
