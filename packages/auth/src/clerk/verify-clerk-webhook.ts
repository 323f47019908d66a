import { verifyWebhook, type WebhookEvent } from '@clerk/backend/webhooks'

/**
 * A verified Clerk webhook event (`type`, `data` narrowed by `type`, `timestamp`…). `deliveryId`
 * is the svix-id header, the same on every retry of one delivery: record it to process each
 * delivery once.
 */
export type ClerkWebhookEvent = WebhookEvent & { deliveryId: string }

export type ClerkWebhookRefusalReason =
  'missing-headers' | 'invalid-signature' | 'stale-timestamp' | 'future-timestamp' | 'malformed-payload'

export type ClerkWebhookVerification =
  { ok: true; event: ClerkWebhookEvent } | { ok: false; reason: ClerkWebhookRefusalReason; message: string }

// verifyWebhook reports every failure as one thrown Error; the standardwebhooks message inside it
// is the only thing that tells a replayed delivery from a forged one. Unknown messages fall back
// to invalid-signature, so a library upgrade can blur a reason but never accept a delivery.
const reasonByMessage: [RegExp, ClerkWebhookRefusalReason][] = [
  [/Missing required webhook headers|Missing required headers|Invalid Signature Headers/i, 'missing-headers'],
  [/timestamp too old/i, 'stale-timestamp'],
  [/timestamp too new/i, 'future-timestamp'],
  [/JSON|Unexpected token|Unexpected end/i, 'malformed-payload'],
]

/**
 * Verifies a Clerk webhook request (Standard Webhooks HMAC over svix-id, svix-timestamp and the
 * raw body; deliveries older or newer than five minutes are refused as replays). Reads the body.
 * The signing secret is always passed in: Clerk's fallback to process.env would bypass env.ts.
 */
export async function verifyClerkWebhook(
  request: Request,
  options: { signingSecret: string },
): Promise<ClerkWebhookVerification> {
  if (!options.signingSecret) {
    throw new Error('verifyClerkWebhook: signingSecret is empty; pass CLERK_WEBHOOK_SIGNING_SECRET')
  }
  const deliveryId = request.headers.get('svix-id')?.trim()
  let event: WebhookEvent
  try {
    event = await verifyWebhook(request, { signingSecret: options.signingSecret })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const reason = reasonByMessage.find(([pattern]) => pattern.test(message))?.[1] ?? 'invalid-signature'
    return { ok: false, reason, message }
  }
  if (!deliveryId) return { ok: false, reason: 'missing-headers', message: 'svix-id is missing' }
  if (typeof event.type !== 'string' || typeof event.data !== 'object' || event.data === null) {
    return { ok: false, reason: 'malformed-payload', message: 'the event has no type or no data object' }
  }
  return { ok: true, event: { ...event, deliveryId } }
}
