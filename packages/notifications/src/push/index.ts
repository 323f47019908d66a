export { readPushEnv, type PushEnv, type VapidConfig } from './env'
export { devVapidKeys, vapidFromEnv } from './dev-vapid-keys'
export { sendPushToRecipient, type SendPushOptions } from './send-push'
export type { PushOutcome, PushPayload, PushRecipient, PushRequest } from './types'
