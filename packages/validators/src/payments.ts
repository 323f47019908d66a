import { z } from 'zod'
import { ZId, ZLocale } from './common'
import { ZMultilineText, ZText } from './text'

/** The most one payment, refund or fee may be: $100,000.00 (the payments table's own check). */
export const maxPaymentCents = 10_000_000

/** Integer cents, 1..maxPaymentCents. */
export const ZPaymentCents = z
  .number({ message: 'payment.amountInvalid' })
  .int({ message: 'payment.amountInvalid' })
  .min(1, { message: 'payment.amountInvalid' })
  .max(maxPaymentCents, { message: 'payment.amountInvalid' })

/** Canadian dollars only, for now: anything else is refused by name rather than converted. */
export const ZCurrency = ZText.max(3).refine((value) => value === 'CAD', { message: 'payment.currencyUnsupported' })

/**
 * Where Stripe sends the browser back (Checkout's success/cancel, Connect's return/refresh). The API
 * builds them from the portal's own host; the check only keeps out what is not a web address.
 */
export const ZReturnUrl = ZText.max(2048).refine(
  (value) => {
    const url = URL.parse(value)
    return url !== null && (url.protocol === 'https:' || url.protocol === 'http:') && !url.username && !url.password
  },
  { message: 'payment.urlInvalid' },
)

export const ZStartConnectOnboardingInput = z.strictObject({ returnUrl: ZReturnUrl, refreshUrl: ZReturnUrl })
export type TStartConnectOnboardingInput = z.infer<typeof ZStartConnectOnboardingInput>

export const ZStartBookingCheckoutInput = z.strictObject({
  bookingId: ZId,
  locale: ZLocale,
  successUrl: ZReturnUrl,
  cancelUrl: ZReturnUrl,
})
export type TStartBookingCheckoutInput = z.infer<typeof ZStartBookingCheckoutInput>

export const ZStartInvoiceCheckoutInput = z.strictObject({
  invoiceId: ZId,
  locale: ZLocale,
  successUrl: ZReturnUrl,
  cancelUrl: ZReturnUrl,
})
export type TStartInvoiceCheckoutInput = z.infer<typeof ZStartInvoiceCheckoutInput>

export const ZRequestRefundInput = z.strictObject({
  paymentId: ZId,
  amountCents: ZPaymentCents,
  currency: ZCurrency.default('CAD'),
  reason: ZMultilineText.trim()
    .min(1, { message: 'payment.reasonInvalid' })
    .max(500, { message: 'payment.reasonInvalid' }),
})
export type TRequestRefundInput = z.input<typeof ZRequestRefundInput>

export const ZStartCardSetupInput = z.strictObject({
  locale: ZLocale,
  successUrl: ZReturnUrl,
  cancelUrl: ZReturnUrl,
})
export type TStartCardSetupInput = z.infer<typeof ZStartCardSetupInput>

export const ZSavedCardInput = z.strictObject({ cardId: ZId })
export type TSavedCardInput = z.infer<typeof ZSavedCardInput>

export const ZSubscribeToPlanInput = z.strictObject({ planId: ZId })
export type TSubscribeToPlanInput = z.infer<typeof ZSubscribeToPlanInput>

export const ZCancelPlanSubscriptionInput = z.strictObject({ subscriptionId: ZId })
export type TCancelPlanSubscriptionInput = z.infer<typeof ZCancelPlanSubscriptionInput>
