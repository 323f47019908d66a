export { startConnectOnboarding, refreshConnectStatus } from './connect-onboarding'
export { paymentStatus, type PaymentStatusView } from './payment-status'
export { requirementLabels, type RequirementLabel } from './requirement-labels'
export { startBookingCheckout, type BookingCheckout, checkoutMinimumMinutes } from './start-booking-checkout'
export { startInvoiceCheckout, invoiceCheckoutMinutes } from './start-invoice-checkout'
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
export { startCardSetup, listSavedCards, removeSavedCard, setDefaultCard, type SavedCardView } from './saved-cards'
export { chargeCancellationFee, type CancellationFeeCharge } from './charge-cancellation-fee'
export { subscribeToPlan, cancelPlanSubscription, seasonEnd } from './plan-subscriptions'
export { reconcileAccount, type ReconcileCounts } from './reconcile-account'
export { idempotencyKeys } from './provider-call'
export { type PaymentsOptions, type PlatformFee, noPlatformFee } from './payments-options'
export { getPaymentSettings, updatePaymentSettings, type PaymentSettingsView } from './payment-settings'
export { setPlatformFee, type PlatformFeeView } from './set-platform-fee'
