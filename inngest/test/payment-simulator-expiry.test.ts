/**
 * The simulator's clock as a cron function: with the embedded Stripe simulator wired it expires
 * the sessions due; with real Stripe (nothing wired) it does nothing and fails nothing.
 */
import { InngestTestEngine } from '@inngest/test'
import { afterEach, describe, expect, it, vi } from 'vitest'

const world = vi.hoisted(() => ({ expire: null as (() => Promise<number>) | null }))

vi.mock('../src/functions/payments/payment-deps', () => ({
  paymentWorkflowDeps: () => ({ expireSimulatedCheckouts: world.expire }),
}))

const { expireSimulatedCheckouts } = await import('../src/functions/payments/expire-simulated-checkouts')

afterEach(() => {
  world.expire = null
})

describe('expire-simulated-checkouts', () => {
  it('expires the simulator’s due sessions once a run', async () => {
    const expire = vi.fn(() => Promise.resolve(2))
    world.expire = expire
    const { result } = await new InngestTestEngine({ function: expireSimulatedCheckouts }).execute()
    expect(result).toEqual({ expired: 2 })
    expect(expire).toHaveBeenCalledTimes(1)
  })

  it('does nothing when real Stripe runs (no simulator wired)', async () => {
    const { result } = await new InngestTestEngine({ function: expireSimulatedCheckouts }).execute()
    expect(result).toEqual({ expired: 0 })
  })
})
