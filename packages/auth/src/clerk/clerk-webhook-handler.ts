import type { Database } from '@portail/db'
import { verifyClerkWebhook } from './verify-clerk-webhook'
import { type ApplyClerkEventOptions, applyClerkDelivery, type ClerkDeliveryOutcome } from './sync/apply-clerk-event'

export interface ClerkWebhookHandlerOptions extends ApplyClerkEventOptions {
  database: Database
  signingSecret: string
  /** Told about each delivery, for logs and tests. */
  onDelivery?: (delivery: { deliveryId: string; type: string; outcome: ClerkDeliveryOutcome }) => void
  onError?: (error: unknown) => void
}

const answer = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })

/**
 * `POST /api/webhooks/clerk`: 400 when the signature, headers or timestamp do not check out
 * (Clerk never sends those; a retry would not help), 200 once a delivery is applied, ignored
 * (an event type Portail does not mirror) or already applied (a replay), and 503 when the
 * database fails, so Clerk retries later with the same svix-id.
 */
export async function handleClerkWebhook(request: Request, options: ClerkWebhookHandlerOptions): Promise<Response> {
  const verified = await verifyClerkWebhook(request, { signingSecret: options.signingSecret })
  if (!verified.ok) return answer(400, { error: verified.reason })
  const { deliveryId, type, data } = verified.event
  try {
    const outcome = await applyClerkDelivery(options.database, { deliveryId, type, data }, options)
    options.onDelivery?.({ deliveryId, type, outcome })
    return answer(200, { outcome })
  } catch (error) {
    options.onError?.(error)
    return answer(503, { error: 'temporarily-unavailable' })
  }
}
