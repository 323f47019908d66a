import { Webhook } from 'svix'

/**
 * A verified Resend webhook delivery. `deliveryId` is the svix-id header, the same on every retry
 * of one event: record it to apply each event once.
 */
export interface ResendWebhookEvent {
  deliveryId: string
  type: string
  /** The event's own time (Resend's `created_at`), for ordering events that arrive out of order. */
  createdAt: string | null
  data: Record<string, unknown>
}

export type ResendWebhookRefusalReason =
  'missing-headers' | 'invalid-signature' | 'stale-timestamp' | 'future-timestamp' | 'malformed-payload'

export type ResendWebhookVerification =
  { ok: true; event: ResendWebhookEvent } | { ok: false; reason: ResendWebhookRefusalReason; message: string }

// svix reports every failure as one thrown error; its message is the only thing that tells a
// replayed delivery from a forged one. Unknown messages fall back to invalid-signature, so a
// library upgrade can blur a reason but never accept a delivery.
const reasonByMessage: [RegExp, ResendWebhookRefusalReason][] = [
  [/Missing required headers|Invalid Signature Headers/i, 'missing-headers'],
  [/timestamp too old/i, 'stale-timestamp'],
  [/timestamp too new/i, 'future-timestamp'],
  [/JSON|Unexpected token|Unexpected end/i, 'malformed-payload'],
]

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/**
 * Verifies a Resend webhook (svix: HMAC over svix-id, svix-timestamp and the raw body; a delivery
 * signed more than five minutes away from now is refused as a replay). Takes the raw body as
 * received: parsing and re-serialising it first would break the signature.
 */
export function verifyResendWebhook(
  body: string,
  headers: Headers,
  options: { signingSecret: string },
): ResendWebhookVerification {
  if (!options.signingSecret) throw new Error('verifyResendWebhook: signingSecret is empty; pass RESEND_WEBHOOK_SECRET')
  const deliveryId = headers.get('svix-id')?.trim()
  const timestamp = headers.get('svix-timestamp')
  const signature = headers.get('svix-signature')
  if (!deliveryId || !timestamp || !signature) {
    return { ok: false, reason: 'missing-headers', message: 'svix-id, svix-timestamp or svix-signature is missing' }
  }
  try {
    new Webhook(options.signingSecret).verify(body, {
      'svix-id': deliveryId,
      'svix-timestamp': timestamp,
      'svix-signature': signature,
    })
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error)
    const reason = reasonByMessage.find(([pattern]) => pattern.test(message))?.[1] ?? 'invalid-signature'
    return { ok: false, reason, message }
  }
  // svix checks the signature and returns nothing: the body, now trusted, is parsed here.
  let payload: unknown
  try {
    payload = JSON.parse(body)
  } catch {
    return { ok: false, reason: 'malformed-payload', message: 'the body is not JSON' }
  }
  if (!isRecord(payload) || typeof payload.type !== 'string' || !isRecord(payload.data)) {
    return { ok: false, reason: 'malformed-payload', message: 'the event has no type or no data object' }
  }
  return {
    ok: true,
    event: {
      deliveryId,
      type: payload.type,
      createdAt: typeof payload.created_at === 'string' ? payload.created_at : null,
      data: payload.data,
    },
  }
}

/** Signs a body as Resend would (tests, and a local sender of fake deliveries). */
export function signResendWebhook(signingSecret: string, deliveryId: string, at: Date, body: string): Headers {
  return new Headers({
    'content-type': 'application/json',
    'svix-id': deliveryId,
    'svix-timestamp': String(Math.floor(at.getTime() / 1000)),
    'svix-signature': new Webhook(signingSecret).sign(deliveryId, at, body),
  })
}
