import { embeddedOrganizationDirectory } from '@portail/core/tenants'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { localTransport } from '@portail/email/relay'
import { type EventSink, nudge, sendEvent, setEventSink } from '@portail/events'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { inngest } from '../src/client'
import type { EmbeddedEngine } from '../src/engine'
import { functions } from '../src/functions'
import { setJobDeps } from '../src/functions/jobs/job-deps'
import { relayOutboxFunction } from '../src/functions/jobs/relay-outbox'
import { relayOutbox } from '../src/outbox/relay-outbox'
import { manualClock, runsOf, startEngine } from './support/engine-fixture'

/**
 * The outbox relay with the embedded engine as its sink, as `pnpm dev` and `pnpm demo` run it:
 * a committed event reaches the function it triggers, once, however often it is relayed.
 */
let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())
afterEach(() => {
  setEventSink(null)
  setJobDeps(null)
})

/** What the confirmation workflow stands for here: it records the bookings it was started for. */
const started: string[] = []
const confirmationStandIn = inngest.createFunction(
  { id: 'test-confirmation-stand-in', triggers: [{ event: 'booking/confirmed' }] },
  async ({ event, step }) => {
    await step.run('record', () => {
      started.push(String(event.data.bookingId))
    })
  },
)

let bookings = 0
async function confirmBooking(): Promise<string> {
  const { a } = db.data
  bookings += 1
  const bookingId = `01900000-0000-7000-8000-${String(bookings).padStart(12, '0')}`
  await db.app.withTenant({ actor: 'system', tenantId: a.id }, (tx) =>
    sendEvent(tx, a.id, {
      name: 'booking/confirmed',
      payload: { bookingId, clientId: a.clientId, staffId: a.staffMembershipId, start: '2026-12-20T15:00:00.000Z' },
    }),
  )
  return bookingId
}

describe('the outbox relay feeding the embedded engine', () => {
  it('registers every function of the registry with the engine (no unsupported option)', async () => {
    const engine = await startEngine(db.app, functions)
    expect(engine.functions.map((fn) => fn.id)).toEqual(
      expect.arrayContaining([
        'portail-relay-outbox',
        'portail-relay-mail',
        'portail-relay-sms',
        'portail-release-expired-holds',
        'portail-purge-expired-identity-rows',
        'portail-mirror-organization-member',
      ]),
    )
  })

  it('an outbox row relayed twice (the first answer lost) starts one run', async () => {
    const engine = await startEngine(db.app, [confirmationStandIn])
    const booking = await confirmBooking()
    let first = true
    const answerLostOnce: EventSink = {
      async send(events) {
        await engine.send(events)
        if (first) {
          first = false
          throw new Error('socket hang up')
        }
      },
    }
    const start = Date.now()
    expect(await relayOutbox(db.app, answerLostOnce, { now: () => new Date(start) })).toMatchObject({ retrying: 1 })
    expect(await relayOutbox(db.app, answerLostOnce, { now: () => new Date(start + 30_000) })).toMatchObject({
      delivered: 1,
    })
    await engine.runDue()
    expect(started.filter((id) => id === booking)).toEqual([booking])
    const runs = (await runsOf(db.app)).filter((run) => run.functionId === 'portail-test-confirmation-stand-in')
    expect(
      runs.filter((run) => (run.event as { data: { bookingId: string } }).data.bookingId === booking),
    ).toHaveLength(1)
  })

  it('a nudge after the commit runs the relay, which starts the booking workflow, without waiting for the cron', async () => {
    const clock = manualClock(new Date().toISOString())
    const engine: EmbeddedEngine = await startEngine(db.app, [relayOutboxFunction, confirmationStandIn], {
      clock: clock.now,
    })
    setEventSink(engine)
    setJobDeps({ database: db.app, mailTransport: localTransport, organizations: embeddedOrganizationDirectory })
    const booking = await confirmBooking()
    nudge('outbox')
    await expect
      .poll(async () => (await runsOf(db.app)).some((run) => run.functionId === 'portail-relay-outbox'))
      .toBe(true)
    await engine.runDue() // the relay run: sends booking/confirmed to the engine
    await engine.runDue() // the run it started
    expect(started).toContain(booking)
  })
})
