import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import { StripeWebhookSignatureError } from '../src/payments/port'
import { createStripePayments } from '../src/stripe'

const now = new Date('2026-12-07T12:00:00Z')
const nowSeconds = Math.floor(now.getTime() / 1000)
const platformSecret = 'whsec_platform_test'
const connectSecret = 'whsec_connect_test'

// No request leaves the process: parseWebhook only verifies and maps.
const payments = createStripePayments({
  mode: 'stripe',
  secretKey: 'sk_test_webhooks',
  webhookSecret: platformSecret,
  connectWebhookSecret: connectSecret,
  maxNetworkRetries: 0,
  now: () => now,
})

const body = JSON.stringify({
  id: 'evt_1',
  object: 'event',
  type: 'checkout.session.expired',
  account: 'acct_1Biz',
  created: nowSeconds - 5,
  api_version: '2026-11-18.endive',
  livemode: false,
  pending_webhooks: 1,
  request: { id: null, idempotency_key: null },
  data: {
    object: {
      id: 'cs_1',
      object: 'checkout.session',
      client_reference_id: 'ref-1',
      metadata: { checkoutId: 'c-1' },
    },
  },
})

function sign(payload: string, secret: string, timestamp = nowSeconds): string {
  return Stripe.webhooks.generateTestHeaderString({ payload, secret, timestamp })
}

function thrownBy(run: () => unknown): unknown {
  try {
    run()
  } catch (error) {
    return error
  }
  return null
}

describe('parseWebhook', () => {
  it('verifies a Connect event with the Connect secret and keeps its account', () => {
    expect(payments.parseWebhook(body, sign(body, connectSecret), 'connect')).toEqual({
      id: 'evt_1',
      account: 'acct_1Biz',
      created: nowSeconds - 5,
      type: 'checkout.session.expired',
      kind: 'checkout.expired',
      sessionId: 'cs_1',
      clientReferenceId: 'ref-1',
      metadata: { checkoutId: 'c-1' },
    })
  })

  it('verifies a platform event with the platform secret', () => {
    const event = payments.parseWebhook(body, sign(body, platformSecret), 'platform')
    expect(event.id).toBe('evt_1')
  })

  it('refuses a body signed with the other endpoint’s secret', () => {
    expect(() => payments.parseWebhook(body, sign(body, platformSecret), 'connect')).toThrow(
      StripeWebhookSignatureError,
    )
  })

  it('refuses a tampered body', () => {
    const header = sign(body, connectSecret)
    const tampered = body.replace('"ref-1"', '"ref-2"')
    expect(() => payments.parseWebhook(tampered, header, 'connect')).toThrow(StripeWebhookSignatureError)
  })

  it('refuses a signature older than five minutes, accepts one just inside', () => {
    expect(() => payments.parseWebhook(body, sign(body, connectSecret, nowSeconds - 301), 'connect')).toThrow(
      StripeWebhookSignatureError,
    )
    expect(payments.parseWebhook(body, sign(body, connectSecret, nowSeconds - 299), 'connect').id).toBe('evt_1')
  })

  it('refuses a missing or malformed header, without echoing the secret', () => {
    expect(() => payments.parseWebhook(body, null, 'connect')).toThrow(StripeWebhookSignatureError)
    expect(() => payments.parseWebhook(body, 'garbage', 'connect')).toThrow(StripeWebhookSignatureError)
    const thrown = thrownBy(() => payments.parseWebhook(body, sign(body, 'whsec_wrong'), 'connect'))
    expect(thrown).toBeInstanceOf(StripeWebhookSignatureError)
    expect(String(thrown)).not.toContain(connectSecret)
    expect(String(thrown)).not.toContain('whsec_wrong')
  })
})
