import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { headerKeys } from 'inngest'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { inngest, routeEventsLocally } from '../src/client'
import { signatureHeader } from '../src/engine'
import { manualClock, runsOf, servedHandler, startEngine, testSigningKey } from './support/engine-fixture'

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => {
  routeEventsLocally(undefined)
  await db.close()
})

const effects: string[] = []
beforeEach(() => {
  effects.length = 0
})

const ticker = inngest.createFunction(
  { id: 'test-ticker', triggers: [{ cron: '*/5 * * * *' }] },
  async ({ step, event }) => {
    await step.run('tick', () => {
      effects.push(`tick ${'cron' in event.data ? event.data.cron : '?'}`)
    })
  },
)

describe('cron triggers', () => {
  it('tick once per slot, even with two engines on one database', async () => {
    const clock = manualClock('2026-12-08T12:03:00Z')
    const first = await startEngine(db.app, [ticker], { clock: clock.now })
    const second = await startEngine(db.app, [ticker], { clock: clock.now })
    await Promise.all([first.runDue(), second.runDue()])
    expect(effects).toEqual([])
    clock.set('2026-12-08T12:05:10Z')
    await Promise.all([first.runDue(), second.runDue()])
    await Promise.all([first.runDue(), second.runDue()])
    expect(effects).toEqual(['tick */5 * * * *'])
    clock.set('2026-12-08T12:10:00Z')
    await Promise.all([first.runDue(), second.runDue()])
    expect(effects).toHaveLength(2)
    const cronRuns = (await runsOf(db.app)).filter((run) => run.functionId === 'portail-test-ticker')
    expect(cronRuns.map((run) => run.eventId).sort()).toEqual([
      'cron:portail-test-ticker:2026-12-08T12:05:00.000Z',
      'cron:portail-test-ticker:2026-12-08T12:10:00.000Z',
    ])
  })
})

describe('what the engine does not support', () => {
  it('refuses at registration an option it cannot honour, naming the function and the option', async () => {
    const limited = inngest.createFunction(
      { id: 'test-limited', concurrency: 1, triggers: [{ event: 'test/limited' }] },
      () => null,
    )
    await expect(startEngine(db.app, [limited])).rejects.toThrow(
      'Workflow function "portail-test-limited" uses the concurrency option',
    )
    const fancyCancel = inngest.createFunction(
      {
        id: 'test-fancy-cancel',
        triggers: [{ event: 'test/a' }],
        cancelOn: [{ event: 'test/b', if: 'async.data.n > event.data.n' }],
      },
      () => null,
    )
    await expect(startEngine(db.app, [fancyCancel])).rejects.toThrow('"portail-test-fancy-cancel" uses a cancelOn `if`')
  })

  // Every option our functions do not use, as the SDK's sync answer reveals it.
  it.each([
    ['throttle', { throttle: { limit: 1, period: '1m' } }, 'the throttle option'],
    ['debounce', { debounce: { period: '5m' } }, 'the debounce option'],
    ['rateLimit', { rateLimit: { limit: 1, period: '1h' } }, 'the rateLimit option'],
    ['batchEvents', { batchEvents: { maxSize: 10, timeout: '5s' } }, 'the batchEvents option'],
    ['priority', { priority: { run: 'event.data.vip ? 60 : 0' } }, 'the priority option'],
    ['idempotency', { idempotency: 'event.data.bookingId' }, 'the idempotency option'],
    ['concurrency keys', { concurrency: { limit: 1, key: 'event.data.tenantId' } }, 'the concurrency option'],
    ['timeouts', { timeouts: { finish: '1h' } }, 'the timeouts option'],
    ['singleton', { singleton: { mode: 'skip' } }, 'the singleton option'],
  ] as const)('refuses %s at registration, naming the function', async (name, options, feature) => {
    const id = `test-refused-${name.replace(/\W/g, '-')}`
    const refused = inngest.createFunction({ id, triggers: [{ event: 'test/refused' }], ...options }, () => null)
    const failure = await startEngine(db.app, [refused]).then(
      () => 'started',
      (error: unknown) => (error instanceof Error ? error.message : String(error)),
    )
    expect(failure).toContain(`Workflow function "portail-${id}" uses `)
    expect(failure).toContain(feature)
    expect(failure).toContain('which the embedded engine does not support')
  })

  it('fails a run that reaches step.invoke at once, without retrying it, saying so', async () => {
    const callee = inngest.createFunction({ id: 'test-callee', triggers: [{ event: 'test/callee' }] }, () => 'done')
    const invoker = inngest.createFunction(
      { id: 'test-invoker', triggers: [{ event: 'test/invoke' }] },
      async ({ step }) => {
        await step.invoke('call', { function: callee, data: {} })
      },
    )
    const engine = await startEngine(db.app, [invoker, callee], { clock: manualClock('2026-12-08T12:00:00Z').now })
    await engine.send([{ id: 'invoke-1', name: 'test/invoke', data: {} }])
    await engine.runDue()
    const run = (await runsOf(db.app)).find((r) => r.eventId === 'invoke-1')
    expect(run?.status).toBe('failed')
    // The first attempt (0): failed for good, never retried.
    expect(run?.attempt).toBe(0)
    expect(run?.error).toBe(
      'Workflow function "portail-test-invoker" uses step.invoke, which the embedded engine does not support',
    )
  })

  it('fails a run that reaches step.waitForEvent, saying so', async () => {
    const waiter = inngest.createFunction(
      { id: 'test-waiter', triggers: [{ event: 'test/wait' }] },
      async ({ step }) => {
        await step.waitForEvent('reply', { event: 'test/reply', timeout: '1h' })
      },
    )
    const engine = await startEngine(db.app, [waiter], { clock: manualClock('2026-12-08T12:00:00Z').now })
    await engine.send([{ id: 'wait-1', name: 'test/wait', data: {} }])
    await engine.runDue()
    const run = (await runsOf(db.app)).find((r) => r.eventId === 'wait-1')
    expect(run?.status).toBe('failed')
    expect(run?.error).toBe(
      'Workflow function "portail-test-waiter" uses step.waitForEvent, which the embedded engine does not support',
    )
  })
})

describe('step.sendEvent', () => {
  it('goes to the engine of this process and starts the functions it triggers', async () => {
    const starter = inngest.createFunction(
      { id: 'test-starter', triggers: [{ event: 'test/start' }] },
      async ({ step }) => {
        await step.sendEvent('chain', { name: 'test/chained', data: { from: 'starter' } })
      },
    )
    const chained = inngest.createFunction(
      { id: 'test-chained', triggers: [{ event: 'test/chained' }] },
      async ({ event, step }) => {
        await step.run('note', () => {
          effects.push(`chained from ${String(event.data.from)}`)
        })
      },
    )
    const engine = await startEngine(db.app, [starter, chained], { clock: manualClock('2026-12-08T12:00:00Z').now })
    routeEventsLocally((events) => engine.accept(events))
    await engine.send([{ id: 'start-1', name: 'test/start', data: {} }])
    await engine.runDue()
    await engine.runDue()
    expect(effects).toEqual(['chained from starter'])
  })
})

describe('the served handler', () => {
  const handler = servedHandler([ticker])
  const body = {
    version: 2,
    event: { id: 'x', name: 'inngest/scheduled.timer', data: { cron: '*/5 * * * *' }, ts: 0 },
    events: [],
    steps: {},
    ctx: { run_id: 'r1', attempt: 0, stack: { stack: [], current: 0 } },
  }
  const call = (headers: Record<string, string>) =>
    handler(
      new Request('http://portal.test/api/inngest?fnId=portail-test-ticker&stepId=step', {
        method: 'POST',
        headers: { 'content-type': 'application/json', host: 'portal.test', ...headers },
        body: JSON.stringify(body),
      }),
    )

  it('refuses an unsigned call and one signed with another key (401), and runs a signed one', async () => {
    expect((await call({})).status).toBe(401)
    const otherKey = `signkey-prod-${'cd34'.repeat(16)}`
    expect((await call({ [headerKeys.Signature]: signatureHeader(body, otherKey) })).status).toBe(401)
    const signed = await call({ [headerKeys.Signature]: signatureHeader(body, testSigningKey) })
    expect(signed.status).toBe(206)
    expect(effects).toEqual(['tick */5 * * * *'])
  })

  it('refuses a signature older than five minutes (a replayed call)', async () => {
    const stale = signatureHeader(body, testSigningKey, Date.now() - 6 * 60_000)
    expect((await call({ [headerKeys.Signature]: stale })).status).toBe(401)
    expect(effects).toEqual([])
  })
})
