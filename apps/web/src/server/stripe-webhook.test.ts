import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { describe, expect, it } from 'vitest'

import { maxWebhookBytes, receiveStripeWebhook, type StripeWebhookDeps } from './stripe-webhook'

const database = {} as Database
const payments = { mode: 'simulated' } as PaymentsPort

function deps(overrides: Partial<StripeWebhookDeps> = {}) {
  const seen: { rawBody: string; signature: string | null; endpoint: string }[] = []
  const value: StripeWebhookDeps = {
    getDatabase: () => Promise.resolve(database),
    getPayments: () => payments,
    handle: (_db, _payments, input) => {
      seen.push(input)
      return Promise.resolve(
        input.signature === 'good' ? { status: 200, outcome: 'applied' } : { status: 400, outcome: 'bad_signature' },
      )
    },
    log: () => undefined,
    ...overrides,
  }
  return { value, seen }
}

const post = (body: string, signature: string | null) =>
  new Request('http://127.0.0.1:3000/api/webhooks/stripe/connect', {
    method: 'POST',
    body,
    headers: signature ? { 'stripe-signature': signature } : {},
  })

describe('receiveStripeWebhook', () => {
  it('hands the exact raw body and signature to core and answers its status', async () => {
    const { value, seen } = deps()
    const body = '{\n  "id": "evt_1",  "object": "event"\n}'
    expect((await receiveStripeWebhook(post(body, 'good'), 'connect', value)).status).toBe(200)
    expect(seen).toEqual([{ rawBody: body, signature: 'good', endpoint: 'connect' }])
    expect((await receiveStripeWebhook(post(body, null), 'platform', value)).status).toBe(400)
  })

  it('refuses a body over 1 MB with 413 without calling core', async () => {
    const { value, seen } = deps()
    const response = await receiveStripeWebhook(post('x'.repeat(maxWebhookBytes + 1), 'good'), 'platform', value)
    expect(response.status).toBe(413)
    expect(seen).toEqual([])
  })

  it('answers 404 when payments are off and 500 when applying fails (Stripe retries)', async () => {
    const off = deps({
      getPayments: () => {
        throw new Error('off')
      },
    })
    expect((await receiveStripeWebhook(post('{}', 'good'), 'platform', off.value)).status).toBe(404)
    const failing = deps({ handle: () => Promise.reject(new Error('database down')) })
    expect((await receiveStripeWebhook(post('{}', 'good'), 'platform', failing.value)).status).toBe(500)
  })
})
