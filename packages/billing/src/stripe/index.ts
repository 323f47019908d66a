export { createStripePayments, type StripePaymentsConfig } from './create-stripe-payments'
export { mapStripeEvent } from './map-stripe-event'
export { webhookToleranceSeconds } from './stripe-webhooks'
