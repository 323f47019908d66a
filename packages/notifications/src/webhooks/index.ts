export { applyResendEvent, type ResendDeliveryOutcome } from './apply-resend-event'
export { handleResendWebhook, type ResendWebhookHandlerOptions } from './resend-webhook-handler'
export { readResendWebhookEnv, type ResendWebhookEnv } from './env'
