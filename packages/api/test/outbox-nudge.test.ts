/**
 * A procedure whose transaction wrote a workflow event nudges the outbox relay once it has
 * committed, so the booking's confirmation starts within a second instead of at the relay's next
 * cron tick; a read, or a refused change, nudges nothing.
 */
import { setEventSink, type WorkflowEvent } from '@portail/core/outbox-nudge'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eventOutbox } from '@portail/db/schema'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'
import { errorOf } from './support/error-of'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

/** The nudges sent, each with how many events the outbox of A held when it was sent. */
const nudges: { name: string; outboxRows: number }[] = []
const outboxRowsOfA = async () =>
  (
    await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx.select({ id: eventOutbox.id }).from(eventOutbox),
    )
  ).length
beforeAll(() =>
  setEventSink({
    async send(events: WorkflowEvent[]) {
      const outboxRows = await outboxRowsOfA()
      for (const event of events) nudges.push({ name: event.name, outboxRows })
    },
  }),
)
afterAll(() => setEventSink(null))
afterEach(() => {
  nudges.length = 0
})

const day = 24 * 60 * 60 * 1000
const dateAhead = (days: number) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(Date.now() + days * day)

const clientOfA = () => callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.clientUserId })

describe('the outbox nudge after a commit', () => {
  it('a booking nudges the relay once, after its confirmation event is committed; a cancellation too', async () => {
    const visitor = await callerFor(db.app, { host: hostOf(db.data.a.slug) })
    const [slot] = await visitor.booking.slots({ serviceId: db.data.a.serviceId, date: dateAhead(6) })
    if (!slot) throw new Error('no slot offered')
    const client = await clientOfA()
    const before = await outboxRowsOfA()
    const booked = await client.booking.create({
      serviceId: db.data.a.serviceId,
      start: slot.start,
      idempotencyKey: 'nudge-booking-0001',
    })
    await expect.poll(() => nudges.length).toBe(1)
    expect(nudges).toEqual([{ name: 'outbox/queued', outboxRows: before + 1 }])

    await client.booking.cancel({ id: booked.id, expectedFeeCents: 0 })
    await expect.poll(() => nudges.length).toBe(2)
    expect(nudges[1]).toEqual({ name: 'outbox/queued', outboxRows: before + 2 })
  })

  it('a read or a refused booking nudges nothing', async () => {
    const client = await clientOfA()
    await client.booking.mine({ scope: 'upcoming' })
    const refused = await errorOf(
      client.booking.create({
        serviceId: db.data.a.serviceId,
        start: new Date(Date.now() - day).toISOString(),
        idempotencyKey: 'nudge-refused-0001',
      }),
    )
    expect(refused.code).not.toBe('INTERNAL_SERVER_ERROR')
    await new Promise((resolve) => setTimeout(resolve, 50))
    expect(nudges).toEqual([])
  })
})
