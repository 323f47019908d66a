/** Domain errors of payments, refunds, saved cards, plans and Connect onboarding (en); spread into domain-errors.ts. */
export const paymentErrorsEn = {
  payment: {
    notFound: 'Payment not found.',
    unavailable: 'The payment service is not answering right now. Nothing was charged: try again in a few minutes.',
    providerRefused: 'The payment service refused the request. Nothing was charged.',
    notConnected: 'This business does not accept online payments yet.',
    bookingNotFound: 'Appointment not found.',
    bookingNotPayable: 'This appointment is not waiting for a payment.',
    alreadyPaid: 'This appointment is already paid.',
    holdExpired: 'The time to pay for this appointment ran out. Please book again.',
    nothingToPay: 'There is nothing to pay for this appointment.',
    currencyUnsupported: 'Only Canadian dollars (CAD) are accepted.',
    amountInvalid: 'The amount must be at least $0.01 and at most $100,000.00.',
    refundTooLarge: 'The refund is more than what can still be refunded on this payment.',
    refundNotAllowed: 'This payment cannot be refunded.',
    reasonInvalid: 'Give a reason (500 characters at most).',
    urlInvalid: 'Invalid return address.',
    cardNotFound: 'Card not found.',
    noCustomer: 'No card is saved for this client.',
    planNotFound: 'Plan not found.',
    subscriptionNotFound: 'Subscription not found.',
    alreadySubscribed: 'You are already subscribed to this plan.',
    noCancellationFee: 'No cancellation fee applies to this appointment.',
    gstNumberInvalid:
      'Invalid GST/HST number: 9 digits, then RT and 4 digits (e.g. 123456789 RT0001). Nothing was saved.',
    qstNumberInvalid:
      'Invalid QST number: 10 digits, then TQ and 4 digits (e.g. 1234567890 TQ0001). Nothing was saved.',
    termsInvalid: 'Payment terms must be 0 to 365 days.',
    notesTooLong: 'The invoice note must be at most 2,000 characters.',
    feeInvalid: 'Invalid platform fee: 0 to 20% and $0.00 to $10.00, or both empty for the default rate.',
  },
}
