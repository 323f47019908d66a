import { describe, expect, it } from 'vitest'

import { createSimulatorDelivery } from './simulator-delivery'

function recorder(statuses: (number | Error)[]) {
  const calls: { url: string; init: RequestInit | undefined }[] = []
  const fetcher = (input: string | URL | Request, init?: RequestInit) => {
    calls.push({ url: input instanceof Request ? input.url : input.toString(), init })
    const next = statuses.shift() ?? 200
    return next instanceof Error ? Promise.reject(next) : Promise.resolve(new Response(null, { status: next }))
  }
  const typed: typeof fetch = fetcher
  return { calls, fetch: typed }
}

describe('the simulator delivery', () => {
  it('posts the signed payload to the endpoint route of this server', async () => {
    const { calls, fetch } = recorder([200])
    const gaveUp: unknown[] = []
    const deliver = createSimulatorDelivery({ origin: 'http://127.0.0.1:3000', fetch, onGiveUp: (d) => gaveUp.push(d) })
    await deliver('connect', '{"id":"evt_1"}', 't=1,v1=abc')
    expect(calls).toHaveLength(1)
    expect(calls[0]?.url).toBe('http://127.0.0.1:3000/api/webhooks/stripe/connect')
    expect(new Headers(calls[0]?.init?.headers).get('stripe-signature')).toBe('t=1,v1=abc')
    expect(calls[0]?.init?.body).toBe('{"id":"evt_1"}')
    expect(gaveUp).toEqual([])
  })

  it('retries a 5xx or a network error with growing delays, then succeeds', async () => {
    const { calls, fetch } = recorder([503, new Error('ECONNREFUSED'), 200])
    const slept: number[] = []
    const deliver = createSimulatorDelivery({
      origin: 'http://127.0.0.1:3000',
      fetch,
      sleep: (ms) => {
        slept.push(ms)
        return Promise.resolve()
      },
      onGiveUp: () => {
        throw new Error('should not give up')
      },
    })
    await deliver('platform', '{}', 'sig')
    expect(calls.map((c) => c.url)).toEqual(Array(3).fill('http://127.0.0.1:3000/api/webhooks/stripe'))
    expect(slept).toEqual([500, 2000])
  })

  it('gives up after the last retry, and at once on a 4xx', async () => {
    const failing = recorder([500, 500, 500, 500])
    const gaveUp: { status: number | null }[] = []
    const noSleep = () => Promise.resolve()
    await createSimulatorDelivery({
      origin: 'http://h',
      fetch: failing.fetch,
      sleep: noSleep,
      onGiveUp: (d) => gaveUp.push(d),
    })('platform', '{}', 's')
    expect(failing.calls).toHaveLength(4)
    const refused = recorder([400])
    await createSimulatorDelivery({
      origin: 'http://h',
      fetch: refused.fetch,
      sleep: noSleep,
      onGiveUp: (d) => gaveUp.push(d),
    })('platform', '{}', 's')
    expect(refused.calls).toHaveLength(1)
    expect(gaveUp.map((d) => d.status)).toEqual([500, 400])
  })
})
