/** Domain errors of payments, refunds, saved cards, plans and Connect onboarding (en); spread into domain-errors.ts. */
export const paymentErrorsEn = {
  payment: {
    notFound: 'Payment not found.',
  },
}
