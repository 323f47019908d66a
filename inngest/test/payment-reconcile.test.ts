/**
 * The daily reconciliation, run by @inngest/test's engine: each connected business in its own
 * step, a business whose reconciliation throws is recorded as failed and the others still run.
 * Core's reconcileAccount and the account listing are mocked at the module boundary.
 */
import { InngestTestEngine } from '@inngest/test'
import type { ReconcileCounts } from '@portail/core/payments'
import type * as Payments from '@portail/core/payments'
import { afterEach, describe, expect, it, vi } from 'vitest'
import type { TenantReconcile } from '../src/functions/payments/reconcile-payments'

const tenants = {
  a: '019a0000-0000-7000-8000-00000000000a',
  b: '019a0000-0000-7000-8000-00000000000b',
  c: '019a0000-0000-7000-8000-00000000000c',
}

const world = vi.hoisted(() => ({ failing: new Set<string>(), calls: [] as { tenantId: string; since: string }[] }))

vi.mock('../src/functions/payments/payment-deps', () => ({
  paymentWorkflowDeps: () => ({ database: null, payments: () => ({}), portalOrigin: () => 'https://x.portail.test' }),
}))
vi.mock('../src/functions/payments/connected-accounts', () => ({
  listConnectedAccounts: vi.fn(() =>
    Promise.resolve([
      { tenantId: tenants.a, accountId: 'acct_a' },
      { tenantId: tenants.b, accountId: 'acct_b' },
      { tenantId: tenants.c, accountId: 'acct_c' },
    ]),
  ),
}))
vi.mock('@portail/core/payments', async (importOriginal) => ({
  ...(await importOriginal<typeof Payments>()),
  reconcileAccount: vi.fn((_db: unknown, _port: unknown, input: { tenantId: string; since: Date }) => {
    world.calls.push({ tenantId: input.tenantId, since: input.since.toISOString() })
    if (world.failing.has(input.tenantId)) return Promise.reject(new Error('Stripe is unreachable'))
    const counts: ReconcileCounts = {
      applied: 1,
      ignored: 2,
      unknown_account: 0,
      refused: 0,
      duplicate_object: 0,
      duplicate: 0,
      refundsSent: 0,
    }
    return Promise.resolve(counts)
  }),
}))

const { reconcilePayments } = await import('../src/functions/payments/reconcile-payments')

afterEach(() => {
  world.failing.clear()
  world.calls = []
  vi.useRealTimers()
})

describe('reconcile-payments (daily, 04:00 UTC)', () => {
  it('reconciles every connected business over the last three days, one step each', async () => {
    vi.useFakeTimers({ toFake: ['Date'] })
    vi.setSystemTime(new Date('2026-12-08T04:00:00.000Z'))
    const engine = new InngestTestEngine({ function: reconcilePayments })
    const { result } = await engine.execute({ events: [{ name: 'inngest/scheduled.timer', data: {} }] })
    expect(world.calls).toEqual([
      { tenantId: tenants.a, since: '2026-12-05T04:00:00.000Z' },
      { tenantId: tenants.b, since: '2026-12-05T04:00:00.000Z' },
      { tenantId: tenants.c, since: '2026-12-05T04:00:00.000Z' },
    ])
    expect(result).toMatchObject({
      since: '2026-12-05T04:00:00.000Z',
      tenants: {
        [tenants.a]: { status: 'done', counts: { applied: 1, ignored: 2 } },
        [tenants.c]: { status: 'done' },
      },
    })
  })

  it('a throwing business is retried: its error fails the attempt (the engine retries the step), nothing swallowed', async () => {
    world.failing.add(tenants.b)
    const engine = new InngestTestEngine({ function: reconcilePayments })
    const { result, error } = await engine.execute({ events: [{ name: 'inngest/scheduled.timer', data: {} }] })
    expect(result).toBeUndefined()
    expect(String((error as { message?: string } | undefined)?.message)).toContain('Stripe is unreachable')
  })

  it('a business still failing after its retries is recorded as failed; the businesses after it are still reconciled', async () => {
    world.failing.add(tenants.b)
    // After its last retry, Inngest throws a step's final error into the handler at that step.
    const engine = new InngestTestEngine({
      function: reconcilePayments,
      transformCtx: (ctx) => {
        const run = ctx.step.run
        ctx.step.run = ((id: string, fn: () => unknown) =>
          id === `reconcile-${tenants.b}`
            ? Promise.reject(new Error('Stripe is unreachable'))
            : run(id, fn as () => Promise<unknown>)) as typeof ctx.step.run
        return ctx
      },
    })
    const { result } = await engine.execute({ events: [{ name: 'inngest/scheduled.timer', data: {} }] })
    const outcome = (result as { tenants: Record<string, TenantReconcile> }).tenants
    expect(outcome[tenants.a]?.status).toBe('done')
    expect(outcome[tenants.b]).toEqual({ status: 'failed', error: 'Stripe is unreachable' })
    expect(outcome[tenants.c]).toMatchObject({ status: 'done', counts: { applied: 1 } })
    expect(world.calls.map((call) => call.tenantId)).toEqual([tenants.a, tenants.c])
  })
})
