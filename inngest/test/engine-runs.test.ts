import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { NonRetriableError } from 'inngest'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { inngest } from '../src/client'
import { retryDelayMs } from '../src/engine'
import { manualClock, runsOf, startEngine } from './support/engine-fixture'

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const effects: string[] = []
beforeEach(() => {
  effects.length = 0
})

const hour = 3_600_000

const napper = inngest.createFunction(
  { id: 'test-napper', triggers: [{ event: 'test/nap' }] },
  async ({ event, step }) => {
    const who = String(event.data.who)
    await step.run('before', () => {
      effects.push(`before ${who}`)
    })
    await step.sleep('nap', '1h')
    await step.run('after', () => {
      effects.push(`after ${who}`)
    })
    return { woke: who }
  },
)

describe('the embedded engine', () => {
  it('runs steps once each, sleeps on the injected clock, and completes with the result', async () => {
    const clock = manualClock('2026-12-08T12:00:00Z')
    const engine = await startEngine(db.app, [napper], { clock: clock.now })
    await engine.send([{ id: 'nap-1', name: 'test/nap', data: { who: 'ana' } }])
    await engine.runDue()
    expect(effects).toEqual(['before ana'])
    clock.advance(hour - 1000)
    await engine.runDue()
    expect(effects).toEqual(['before ana'])
    clock.advance(1000)
    await engine.runDue()
    expect(effects).toEqual(['before ana', 'after ana'])
    const [run] = (await runsOf(db.app)).filter((r) => r.eventId === 'nap-1')
    expect(run?.status).toBe('completed')
    expect(run?.output).toEqual({ woke: 'ana' })
  })

  it('starts one run for an event delivered twice', async () => {
    const clock = manualClock('2026-12-08T12:00:00Z')
    const engine = await startEngine(db.app, [napper], { clock: clock.now })
    await engine.send([{ id: 'nap-2', name: 'test/nap', data: { who: 'bob' } }])
    await engine.send([{ id: 'nap-2', name: 'test/nap', data: { who: 'bob' } }])
    await engine.runDue()
    clock.advance(2 * hour)
    await engine.send([{ id: 'nap-2', name: 'test/nap', data: { who: 'bob' } }])
    await engine.runDue()
    expect(effects).toEqual(['before bob', 'after bob'])
    expect((await runsOf(db.app)).filter((r) => r.eventId === 'nap-2')).toHaveLength(1)
  })

  it('cancels a sleeping run on a matching cancelOn event, and only that run', async () => {
    const reminder = inngest.createFunction(
      {
        id: 'test-reminder',
        triggers: [{ event: 'test/booked' }],
        cancelOn: [{ event: 'test/cancelled', if: 'async.data.bookingId == event.data.bookingId' }],
      },
      async ({ event, step }) => {
        await step.sleep('wait', '1d')
        await step.run('remind', () => {
          effects.push(`remind ${String(event.data.bookingId)}`)
        })
      },
    )
    const clock = manualClock('2026-12-08T12:00:00Z')
    const engine = await startEngine(db.app, [reminder], { clock: clock.now })
    const at = clock.now().getTime()
    await engine.send([
      { id: 'booked-1', name: 'test/booked', data: { bookingId: 'b1' }, ts: at },
      { id: 'booked-2', name: 'test/booked', data: { bookingId: 'b2' }, ts: at },
    ])
    await engine.runDue()
    await engine.send([{ id: 'cancelled-1', name: 'test/cancelled', data: { bookingId: 'b1' }, ts: at + 1000 }])
    // b3 is booked after a cancellation of b3 that happened earlier but arrives late: it must stay.
    await engine.send([{ id: 'booked-3', name: 'test/booked', data: { bookingId: 'b3' }, ts: at + 5000 }])
    await engine.send([{ id: 'cancelled-3-old', name: 'test/cancelled', data: { bookingId: 'b3' }, ts: at + 2000 }])
    await engine.runDue()
    clock.advance(25 * hour)
    await engine.runDue()
    expect(effects.sort()).toEqual(['remind b2', 'remind b3'])
    const runs = await runsOf(db.app)
    const b1 = runs.find((r) => r.eventId === 'booked-1')
    expect(b1?.status).toBe('cancelled')
    expect(b1?.cancelledBy).toBe('cancelled-1')
  })

  it('accepts a batch (a relay claim) as if event by event: a cancel after its booking stops it, a repeated id starts one run', async () => {
    const batched = inngest.createFunction(
      {
        id: 'test-batched',
        triggers: [{ event: 'test/batch-booked' }],
        cancelOn: [{ event: 'test/batch-cancelled', if: 'async.data.bookingId == event.data.bookingId' }],
      },
      async ({ event, step }) => {
        await step.sleep('wait', '1d')
        await step.run('remind', () => {
          effects.push(`remind ${String(event.data.bookingId)}`)
        })
      },
    )
    const clock = manualClock('2026-12-08T12:00:00Z')
    const engine = await startEngine(db.app, [batched], { clock: clock.now })
    const at = clock.now().getTime()
    await engine.send([
      { id: 'batch-booked-1', name: 'test/batch-booked', data: { bookingId: 'c1' }, ts: at },
      { id: 'batch-booked-2', name: 'test/batch-booked', data: { bookingId: 'c2' }, ts: at },
      { id: 'batch-booked-2', name: 'test/batch-booked', data: { bookingId: 'c2' }, ts: at },
      { id: 'batch-cancelled-1', name: 'test/batch-cancelled', data: { bookingId: 'c1' }, ts: at + 1000 },
      // Booked again after the cancellation, in the same batch: this run stays.
      { id: 'batch-booked-1-again', name: 'test/batch-booked', data: { bookingId: 'c1' }, ts: at + 2000 },
    ])
    await engine.runDue()
    clock.advance(25 * hour)
    await engine.runDue()
    expect(effects.sort()).toEqual(['remind c1', 'remind c2'])
    const runs = (await runsOf(db.app)).filter((r) => r.functionId === 'portail-test-batched')
    expect(runs.map((r) => [r.eventId, r.status]).sort()).toEqual([
      ['batch-booked-1', 'cancelled'],
      ['batch-booked-1-again', 'completed'],
      ['batch-booked-2', 'completed'],
    ])
  })

  it('retries a failing step with backoff, then fails the run and calls onFailure once', async () => {
    const failures: string[] = []
    const flaky = inngest.createFunction(
      {
        id: 'test-flaky',
        retries: 2,
        triggers: [{ event: 'test/flaky' }],
        onFailure: async ({ error, step }) => {
          await step.run('record-failure', () => {
            failures.push(error.message)
          })
        },
      },
      async ({ step }) => {
        await step.run('always-fails', () => {
          effects.push('attempt')
          throw new Error('provider down')
        })
      },
    )
    const clock = manualClock('2026-12-08T12:00:00Z')
    const engine = await startEngine(db.app, [flaky], { clock: clock.now })
    await engine.send([{ id: 'flaky-1', name: 'test/flaky', data: {} }])
    await engine.runDue()
    expect(effects).toEqual(['attempt'])
    // Not before its backoff.
    clock.advance(retryDelayMs(1) - 1000)
    await engine.runDue()
    expect(effects).toEqual(['attempt'])
    clock.advance(1000)
    await engine.runDue()
    clock.advance(retryDelayMs(2))
    await engine.runDue()
    expect(effects).toEqual(['attempt', 'attempt', 'attempt'])
    clock.advance(hour)
    await engine.runDue()
    expect(effects).toHaveLength(3)
    const run = (await runsOf(db.app)).find((r) => r.eventId === 'flaky-1')
    expect(run?.status).toBe('failed')
    expect(run?.error).toContain('provider down')
    expect(failures).toHaveLength(1)
    expect(failures[0]).toContain('provider down')
  })

  it('fails a run at once on a non-retriable error', async () => {
    const refusing = inngest.createFunction({ id: 'test-refusing', triggers: [{ event: 'test/refuse' }] }, () => {
      effects.push('refused')
      throw new NonRetriableError('bad input')
    })
    const engine = await startEngine(db.app, [refusing], { clock: manualClock('2026-12-08T12:00:00Z').now })
    await engine.send([{ id: 'refuse-1', name: 'test/refuse', data: {} }])
    await engine.runDue()
    expect(effects).toEqual(['refused'])
    expect((await runsOf(db.app)).find((r) => r.eventId === 'refuse-1')?.status).toBe('failed')
  })
})
