export { startConnectOnboarding, refreshConnectStatus } from './connect-onboarding'
export { paymentStatus, type PaymentStatusView } from './payment-status'
export { requirementLabels, type RequirementLabel } from './requirement-labels'
export { startBookingCheckout, type BookingCheckout, checkoutMinimumMinutes } from './start-booking-checkout'
export {
  handleStripeWebhook,
  deliverPaymentEvent,
  resolveAccountTenant,
  type StripeWebhookAnswer,
  type StripeWebhookRequest,
} from './handle-stripe-webhook'
export { applyPaymentEvent } from './apply-payment-event'
export type { ApplyResult, EventOutcome, FollowUp } from './follow-ups'
export { requestRefund, type RefundView } from './request-refund'
export { holdExpiredReason, paidTwiceReason } from './confirm-paid-booking'
export { idempotencyKeys } from './provider-call'
export { type PaymentsOptions, type PlatformFee, noPlatformFee } from './payments-options'
