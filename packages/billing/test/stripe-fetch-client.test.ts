import Stripe from 'stripe'
import { describe, expect, it } from 'vitest'
import { createStripePayments } from '../src/stripe'

// The simulated mode is this same adapter with the SDK's fetch client pointed at an in-process
// handler (the simulator): nothing about the requests changes.
describe('the adapter over Stripe.createFetchHttpClient', () => {
  it('sends the same path, headers and body to an in-process handler', async () => {
    const seen: Request[] = []
    const bodies: string[] = []
    const handler = async (input: string | URL | Request, init?: RequestInit): Promise<Response> => {
      const request = new Request(input, init)
      seen.push(request)
      bodies.push(await request.clone().text())
      return Response.json({ id: 're_sim', object: 'refund', status: 'succeeded', amount: 500 })
    }
    const payments = createStripePayments({
      mode: 'simulated',
      secretKey: 'sk_test_simulated',
      webhookSecret: 'whsec_sim',
      connectWebhookSecret: 'whsec_sim_connect',
      httpClient: Stripe.createFetchHttpClient(handler),
      maxNetworkRetries: 0,
    })

    expect(payments.mode).toBe('simulated')
    const result = await payments.refund(
      { accountId: 'acct_sim', paymentIntentId: 'pi_sim', amountCents: 500, metadata: { refundId: 'r-9' } },
      'refund:r-9',
    )
    expect(result).toEqual({ refundId: 're_sim', status: 'succeeded' })
    const [request] = seen
    expect(new URL(request?.url ?? '').pathname).toBe('/v1/refunds')
    expect(request?.headers.get('stripe-account')).toBe('acct_sim')
    expect(request?.headers.get('idempotency-key')).toBe('refund:r-9')
    expect(new URLSearchParams(bodies[0]).get('amount')).toBe('500')
  })
})
