import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eventOutbox } from '@portail/db/schema'
import { type EventSink, sendEvent, type WorkflowEvent } from '@portail/events'
import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { relayOutbox } from '../src/outbox/relay-outbox'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

/** A sink that records what it accepted; `refuse` makes it throw for any batch holding a matching event. */
function recordingSink(refuse: (event: WorkflowEvent) => boolean = () => false) {
  const accepted: WorkflowEvent[] = []
  const calls: WorkflowEvent[][] = []
  const sink: EventSink = {
    send(events) {
      calls.push(events)
      if (events.some(refuse)) return Promise.reject(new Error('the engine refused the batch'))
      accepted.push(...events)
      return Promise.resolve()
    },
  }
  return { sink, accepted, calls }
}

let bookingNumber = 0
/** A booking/confirmed event committed in `tenant`'s outbox, as a booking change writes it. */
async function confirmedIn(tenant: 'a' | 'b'): Promise<string> {
  const t = db.data[tenant]
  bookingNumber += 1
  const bookingId = `01900000-0000-7000-8000-${String(bookingNumber).padStart(12, '0')}`
  await db.app.withTenant({ actor: 'system', tenantId: t.id }, (tx) =>
    sendEvent(tx, t.id, {
      name: 'booking/confirmed',
      payload: { bookingId, clientId: t.clientId, staffId: t.staffMembershipId, start: '2026-12-20T15:00:00.000Z' },
    }),
  )
  return bookingId
}

/** The outbox of `tenant` as its workflows (system actor) see it. */
const outboxOf = (tenant: 'a' | 'b') =>
  db.app.withTenant({ actor: 'system', tenantId: db.data[tenant].id }, (tx) =>
    tx
      .select({
        id: eventOutbox.id,
        payload: eventOutbox.payload,
        createdAt: eventOutbox.createdAt,
        deliveredAt: eventOutbox.deliveredAt,
        attempts: eventOutbox.attempts,
        lastError: eventOutbox.lastError,
        nextAttemptAt: eventOutbox.nextAttemptAt,
      })
      .from(eventOutbox)
      .orderBy(asc(eventOutbox.createdAt)),
  )

/** Nothing left due from an earlier test: every row delivered. */
async function drain() {
  const { sink } = recordingSink()
  await relayOutbox(db.app, sink, { now: () => new Date(Date.now() + 365 * 864e5) })
}

describe('the outbox relay', () => {
  beforeEach(drain)

  it("sends each committed event once, with the outbox id as event id, the outbox time as ts and the row's tenant", async () => {
    const bookingA = await confirmedIn('a')
    const bookingB = await confirmedIn('b')
    const { sink, accepted } = recordingSink()
    expect(await relayOutbox(db.app, sink)).toEqual({ delivered: 2, retrying: 0, more: false })
    const [rowA] = (await outboxOf('a')).filter((row) => row.payload.bookingId === bookingA)
    const [rowB] = (await outboxOf('b')).filter((row) => row.payload.bookingId === bookingB)
    if (!rowA || !rowB) throw new Error('outbox rows missing')
    expect(accepted).toEqual([
      {
        id: rowA.id,
        name: 'booking/confirmed',
        data: { ...rowA.payload, tenantId: db.data.a.id },
        ts: rowA.createdAt.getTime(),
      },
      {
        id: rowB.id,
        name: 'booking/confirmed',
        data: { ...rowB.payload, tenantId: db.data.b.id },
        ts: rowB.createdAt.getTime(),
      },
    ])
    expect(rowA.deliveredAt).not.toBeNull()
    expect(rowB.deliveredAt).not.toBeNull()

    // Delivered rows are never sent again.
    const again = recordingSink()
    expect(await relayOutbox(db.app, again.sink)).toEqual({ delivered: 0, retrying: 0, more: false })
    expect(again.calls).toEqual([])
  })

  it('retries a poisoned row alone with growing delays while the others are delivered', async () => {
    const first = await confirmedIn('a')
    const poisoned = await confirmedIn('a')
    const last = await confirmedIn('b')
    const isPoisoned = (event: WorkflowEvent) => event.data.bookingId === poisoned
    const start = Date.now()
    const at = (seconds: number) => () => new Date(start + seconds * 1000)

    const refusing = recordingSink(isPoisoned)
    expect(await relayOutbox(db.app, refusing.sink, { now: at(0) })).toEqual({ delivered: 2, retrying: 1, more: false })
    expect(refusing.accepted.map((event) => event.data.bookingId)).toEqual([first, last])
    const [row] = (await outboxOf('a')).filter((r) => r.payload.bookingId === poisoned)
    expect(row).toMatchObject({ deliveredAt: null, attempts: 1, lastError: 'Error: the engine refused the batch' })
    expect(row?.nextAttemptAt.getTime()).toBe(start + 30_000)

    // Not due before its next attempt; then refused again, the delay doubles.
    expect(await relayOutbox(db.app, refusing.sink, { now: at(29) })).toMatchObject({ delivered: 0, retrying: 0 })
    expect(await relayOutbox(db.app, refusing.sink, { now: at(30) })).toMatchObject({ delivered: 0, retrying: 1 })
    const [retried] = (await outboxOf('a')).filter((r) => r.payload.bookingId === poisoned)
    expect(retried).toMatchObject({ attempts: 2 })
    expect(retried?.nextAttemptAt.getTime()).toBe(start + 30_000 + 60_000)

    // Once the engine takes it, it is delivered like any other.
    const healed = recordingSink()
    expect(await relayOutbox(db.app, healed.sink, { now: at(90) })).toMatchObject({ delivered: 1, retrying: 0 })
    expect(healed.accepted.map((event) => event.data.bookingId)).toEqual([poisoned])
  })

  it('sends a row again under the same event id when its delivery was not recorded, so the engine runs it once', async () => {
    const booking = await confirmedIn('a')
    // The engine stored the event but its answer was lost: the relay sees a failure.
    const lostAnswers: WorkflowEvent[] = []
    const lossy: EventSink = {
      send(events) {
        lostAnswers.push(...events)
        return Promise.reject(new Error('socket hang up'))
      },
    }
    const start = Date.now()
    await relayOutbox(db.app, lossy, { now: () => new Date(start) })
    const { sink, accepted } = recordingSink()
    await relayOutbox(db.app, sink, { now: () => new Date(start + 30_000) })
    expect(lostAnswers.map((event) => event.data.bookingId)).toEqual([booking])
    expect(accepted.map((event) => event.id)).toEqual(lostAnswers.map((event) => event.id))
    expect(accepted.map((event) => event.ts)).toEqual(lostAnswers.map((event) => event.ts))
  })

  it('leaves a claimed row to its claimant until the lease ends (a relay that died mid-send)', async () => {
    const booking = await confirmedIn('b')
    const start = Date.now()
    // A relay claims the row, then never answers (its process died while sending).
    const hung: EventSink = { send: () => new Promise<void>(() => undefined) }
    void relayOutbox(db.app, hung, { now: () => new Date(start), leaseSeconds: 120 })
    await expect.poll(async () => (await outboxOf('b')).find((r) => r.payload.bookingId === booking)?.attempts).toBe(1)

    const other = recordingSink()
    expect(await relayOutbox(db.app, other.sink, { now: () => new Date(start + 119_000) })).toMatchObject({
      delivered: 0,
    })
    expect(await relayOutbox(db.app, other.sink, { now: () => new Date(start + 120_000) })).toMatchObject({
      delivered: 1,
    })
    expect(other.accepted.map((event) => event.data.bookingId)).toEqual([booking])
  })

  it('works through a backlog in bounded batches and says when rows are left', async () => {
    for (let i = 0; i < 5; i++) await confirmedIn('a')
    const { sink, calls } = recordingSink()
    expect(await relayOutbox(db.app, sink, { batch: 2, maxBatches: 2 })).toEqual({
      delivered: 4,
      retrying: 0,
      more: true,
    })
    expect(calls.map((events) => events.length)).toEqual([2, 2])
    expect(await relayOutbox(db.app, sink, { batch: 2, maxBatches: 2 })).toEqual({
      delivered: 1,
      retrying: 0,
      more: false,
    })
  })
})
