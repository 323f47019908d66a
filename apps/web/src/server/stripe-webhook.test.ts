import type { PaymentsPort } from '@portail/billing'
import { createMemorySimulatorStore, createSimulatedPayments, createStripeSimulator } from '@portail/billing/simulator'
import type { Database } from '@portail/db'
import { describe, expect, it } from 'vitest'

import { createSimulatorDelivery } from './simulator-delivery'
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

describe('simulator → delivery → webhook route', () => {
  it('a simulated onboarding arrives signed at the Connect route and verifies with the adapter', async () => {
    const parsed: { kind: string; account: string | null }[] = []
    const endpoints: string[] = []
    let port: PaymentsPort | null = null
    const route = (request: Request) =>
      receiveStripeWebhook(request, request.url.endsWith('/connect') ? 'connect' : 'platform', {
        getDatabase: () => Promise.resolve(database),
        getPayments: () => {
          if (!port) throw new Error('no port yet')
          return port
        },
        handle: (_db, payments, input) => {
          endpoints.push(input.endpoint)
          const event = payments.parseWebhook(input.rawBody, input.signature, input.endpoint)
          parsed.push({ kind: event.kind, account: event.account })
          return Promise.resolve({ status: 200, outcome: 'applied' })
        },
        log: () => undefined,
      })
    const fetcher: typeof fetch = (input, init) =>
      route(new Request(input instanceof Request ? input.url : input.toString(), init))
    const simulator = createStripeSimulator({
      store: createMemorySimulatorStore(),
      clock: () => new Date(),
      webhookSecret: 'whsec_platform',
      connectWebhookSecret: 'whsec_connect',
      deliver: createSimulatorDelivery({ origin: 'http://127.0.0.1:3000', fetch: fetcher, onGiveUp: () => undefined }),
    })
    port = createSimulatedPayments({
      simulator,
      webhookSecret: 'whsec_platform',
      connectWebhookSecret: 'whsec_connect',
    })
    const { accountId } = await port.createConnectedAccount(
      { tenantId: '0190a4b2-7c1e-7000-8000-000000000001', businessName: 'Piscines Laurentides', email: null },
      'account:t1',
    )
    await simulator.completeOnboarding(accountId)
    expect(endpoints).toEqual(['connect'])
    expect(parsed).toEqual([{ kind: 'account.updated', account: accountId }])
  })
})
