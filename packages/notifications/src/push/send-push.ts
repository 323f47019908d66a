import type { Database } from '@portail/db'
import type { Agent } from 'node:https'
import type { VapidConfig } from './env'
import type { PushOutcome, PushRequest } from './types'

export interface SendPushOptions {
  /** The VAPID identity; default: from the configuration (VAPID_*, or the development pair). */
  vapid?: VapidConfig | null
  /** The https agent web-push connects with (tests: one trusting a local fake's certificate). */
  agent?: Agent
  /** How long a push service keeps an undelivered message for an offline device. */
  ttlSeconds?: number
  now?: () => Date
}

/**
 * Sends one push message to every device the recipient subscribed in the tenant. Network calls,
 * so never inside a transaction: notify() calls it after its commit.
 */
export function sendPushToRecipient(
  database: Database,
  request: PushRequest,
  options: SendPushOptions = {},
): Promise<PushOutcome> {
  void database
  void request
  void options
  return Promise.reject(new Error('sendPushToRecipient needs migration 0048 (push_subscriptions): landing next'))
}
