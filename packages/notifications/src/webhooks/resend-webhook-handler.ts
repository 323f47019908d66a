import type { Database } from '@portail/db'
import { verifyResendWebhook } from '@portail/email/resend-webhook'
import { applyResendEvent, type ResendDeliveryOutcome } from './apply-resend-event'

export interface ResendWebhookHandlerOptions {
  database: Database
  signingSecret: string
  /** Told about each delivery, for logs and tests. */
  onDelivery?: (delivery: { deliveryId: string; type: string; outcome: ResendDeliveryOutcome }) => void
  onError?: (error: unknown) => void
}

const answer = (status: number, body: Record<string, unknown>) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'content-type': 'application/json', 'cache-control': 'no-store' },
  })

/** Resend's events are small; a bigger body is not one of them. */
const maxBodyBytes = 256 * 1024

/**
 * `POST /api/webhooks/resend`: 400 when the signature, headers or timestamp do not check out (a
 * forged or replayed delivery; retrying would not help), 413 for a body no event has, 200 once an
 * event is applied, ignored or already applied (a replay with a fresh signature), and 503 when the
 * database fails, so Resend retries later with the same svix-id.
 */
export async function handleResendWebhook(request: Request, options: ResendWebhookHandlerOptions): Promise<Response> {
  const length = Number(request.headers.get('content-length') ?? '0')
  if (length > maxBodyBytes) return answer(413, { error: 'too-large' })
  const body = await request.text()
  if (Buffer.byteLength(body) > maxBodyBytes) return answer(413, { error: 'too-large' })
  const verified = verifyResendWebhook(body, request.headers, { signingSecret: options.signingSecret })
  if (!verified.ok) return answer(400, { error: verified.reason })
  const { event } = verified
  try {
    const outcome = await applyResendEvent(options.database, event)
    options.onDelivery?.({ deliveryId: event.deliveryId, type: event.type, outcome })
    return answer(200, { outcome })
  } catch (error) {
    options.onError?.(error)
    return answer(503, { error: 'temporarily-unavailable' })
  }
}
