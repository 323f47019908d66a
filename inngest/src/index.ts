export { catalogEvent, inngest, routeEventsLocally, type SentEvent, type TenantEventData, useSigningKey } from './client'
export { type InngestEnv, InvalidInngestEnvError, readInngestEnv } from './env'
export { functions } from './functions'
export { startWorkflows, type StartWorkflowsOptions } from './start-workflows'
export {
  EmbeddedEngine,
  type EmbeddedEngineOptions,
  type EngineFunction,
  type IncomingEvent,
  loadOrCreateSigningKey,
  type ServeHandler,
  signatureHeader,
  UnsupportedFeatureError,
} from './engine'
export { type BookingWorkflowDeps, wireBookingWorkflows } from './functions/booking/booking-deps'
export { type JobDeps, setJobDeps } from './functions/jobs/job-deps'
export { type PaymentWorkflowDeps, wirePaymentWorkflows } from './functions/payments/payment-deps'
