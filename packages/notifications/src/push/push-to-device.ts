import type { Agent } from 'node:https'
import webpush, { WebPushError } from 'web-push'
import type { VapidConfig } from './env'
import type { PushPayload } from './types'

/** One subscribed device, as the browser's PushSubscription gave it. */
export interface DeviceSubscription {
  endpoint: string
  p256dh: string
  auth: string
}

/** `gone`: the push service no longer knows the subscription (404/410): delete it. */
export type DevicePushResult = { status: 'sent' } | { status: 'gone' } | { status: 'failed'; error: string }

export interface DevicePushOptions {
  vapid: VapidConfig
  agent?: Agent | undefined
  ttlSeconds?: number | undefined
}

/**
 * Encrypts the payload for one device (aes128gcm), signs the request with our VAPID key and posts
 * it to the device's push service. A network call: never inside a transaction.
 */
export async function pushToDevice(
  subscription: DeviceSubscription,
  payload: PushPayload,
  options: DevicePushOptions,
): Promise<DevicePushResult> {
  try {
    await webpush.sendNotification(
      { endpoint: subscription.endpoint, keys: { p256dh: subscription.p256dh, auth: subscription.auth } },
      JSON.stringify(payload),
      {
        vapidDetails: options.vapid,
        TTL: options.ttlSeconds ?? 3600,
        // A reminder matters now; a push service may hold back `normal` traffic on a battery saver.
        urgency: 'high',
        timeout: 10_000,
        ...(options.agent ? { agent: options.agent } : {}),
      },
    )
    return { status: 'sent' }
  } catch (error) {
    if (error instanceof WebPushError && (error.statusCode === 404 || error.statusCode === 410))
      return { status: 'gone' }
    const detail = error instanceof WebPushError ? `${error.statusCode} ${error.body}` : String(error)
    return { status: 'failed', error: `web push: ${detail}`.slice(0, 500) }
  }
}
