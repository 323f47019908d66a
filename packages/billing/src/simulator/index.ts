export {
  createStripeSimulator,
  defaultHostedUrls,
  type OnboardingView,
  type StripeSimulator,
  type StripeSimulatorOptions,
} from './simulator'
export type { HostedUrls } from './api'
export type { CheckoutView, HostedOutcome } from './checkout'
export type { DeliverWebhook, WebhookEndpoint } from './engine'
export type { OffSessionOutcome } from './objects'
export { SimulatorActionError } from './api-error'
export { createMemorySimulatorStore, type Json, type SimulatorStore } from './store'
export { createFileSimulatorStore } from './file-store'
export { createSimulatedPayments, type SimulatedPaymentsOptions } from './simulated-payments'
