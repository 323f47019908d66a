import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'

export const maxWebhookBytes = 1024 * 1024

export interface StripeWebhookDeps {
  getDatabase: () => Promise<Database>
  getPayments: () => PaymentsPort
  handle: (
    database: Database,
    payments: PaymentsPort,
    input: { rawBody: string; signature: string | null; endpoint: 'platform' | 'connect' },
  ) => Promise<{ status: 200 | 400; outcome: string }>
  log: (level: 'info' | 'error', detail: Record<string, unknown>, message: string) => void
}

const answer = (status: number) => new Response(null, { status, headers: { 'cache-control': 'no-store' } })

/** The body as text, or null past `limit` bytes (read as it streams, so a huge body is never held). */
async function readLimited(request: Request, limit: number): Promise<string | null> {
  const declared = Number(request.headers.get('content-length') ?? '0')
  if (Number.isFinite(declared) && declared > limit) return null
  if (!request.body) return ''
  const reader = request.body.getReader()
  const chunks: Uint8Array[] = []
  let size = 0
  for (;;) {
    const { done, value } = await reader.read()
    if (done) break
    size += value.byteLength
    if (size > limit) {
      await reader.cancel()
      return null
    }
    chunks.push(value)
  }
  return Buffer.concat(chunks).toString('utf8')
}

/**
 * One Stripe delivery to `/api/webhooks/stripe` (platform) or `/api/webhooks/stripe/connect`: the
 * raw body (the signature covers its exact bytes), then core's handler, whose status we answer: 200
 * applied or recorded, 400 bad signature. 413 past 1 MB (Stripe's events are a few kB), 404 when
 * payments are off, 500 on anything else so that Stripe delivers again.
 */
export async function receiveStripeWebhook(
  request: Request,
  endpoint: 'platform' | 'connect',
  deps: StripeWebhookDeps,
): Promise<Response> {
  const rawBody = await readLimited(request, maxWebhookBytes)
  if (rawBody === null) return answer(413)
  let payments: PaymentsPort
  try {
    payments = deps.getPayments()
  } catch {
    return answer(404)
  }
  try {
    const database = await deps.getDatabase()
    const result = await deps.handle(database, payments, {
      rawBody,
      signature: request.headers.get('stripe-signature'),
      endpoint,
    })
    deps.log('info', { endpoint, status: result.status, outcome: result.outcome }, 'stripe webhook')
    return answer(result.status)
  } catch (error) {
    deps.log('error', { endpoint, err: error }, 'stripe webhook failed; Stripe will deliver it again')
    return answer(500)
  }
}
