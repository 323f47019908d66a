/**
 * In-app notifications: each reader's own list, unread count and marks, and the live feed (SSE
 * subscription fed by one LISTEN per process). What a reader receives is what its own
 * row-level-security context reads: never another client's, another business's or a colleague's.
 */
import type { Database, ListenHandlers } from '@portail/db'
import {
  createTestDatabase,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
  usingPostgres,
} from '@portail/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { notificationHubFor } from '../src/live/notification-hub'
import { callerFor, hostOf } from './support/callers'
import { insertNotification, nextEvent } from './support/notifications'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const asClientX = (database: Database = db.app) =>
  callerFor(database, { host: hostOf(db.data.a.slug), userId: db.data.a.clientUserId })
const asStaffX = (database: Database = db.app) =>
  callerFor(database, { host: hostOf(db.data.a.slug), userId: db.data.a.staffUserId })
const asOwnerY = (database: Database = db.app) =>
  callerFor(database, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId })

const clientX = () => ({ kind: 'client' as const, clientId: db.data.a.clientId })
const clientY = () => ({ kind: 'client' as const, clientId: db.data.a.otherClientId })
const clientOfB = () => ({ kind: 'client' as const, clientId: db.data.b.clientId })
const staffX = () => ({ kind: 'staff' as const, userId: db.data.a.staffUserId })
const ownerY = () => ({ kind: 'staff' as const, userId: db.data.a.ownerUserId })

const codeOf = (error: unknown) => (error instanceof TRPCError ? error.code : error)

describe('reading and marking notifications', () => {
  it('lists the client’s own notifications, newest first, a page at a time, and nobody else’s', async () => {
    const mine = []
    for (const n of [1, 2, 3]) mine.push(await insertNotification(db.app, db.data.a.id, clientX(), { n }))
    await insertNotification(db.app, db.data.a.id, clientY(), { n: 'Y' })
    await insertNotification(db.app, db.data.b.id, clientOfB(), { n: 'B' })
    const caller = await asClientX()
    const first = await caller.notifications.list({ limit: 2 })
    expect(first.items.map((item) => item.id)).toEqual([mine[2], mine[1]])
    expect(first.nextCursor).not.toBeNull()
    const second = await caller.notifications.list({ limit: 2, cursor: first.nextCursor ?? undefined })
    expect(second.items.map((item) => item.id)).toContain(mine[0])
    const all = await caller.notifications.list({ limit: 50 })
    expect(all.items.map((item) => item.params.n)).not.toContain('Y')
    expect(all.items.map((item) => item.params.n)).not.toContain('B')
  })

  it('counts unread ones; marking one read, then all, brings the count down to zero', async () => {
    const caller = await asClientX()
    const id = await insertNotification(db.app, db.data.a.id, clientX(), { fresh: true })
    const before = await caller.notifications.unreadCount()
    expect(before).toBeGreaterThan(0)
    await caller.notifications.markRead({ id })
    expect(await caller.notifications.unreadCount()).toBe(before - 1)
    const page = await caller.notifications.list({ limit: 50 })
    expect(page.items.find((item) => item.id === id)?.readAt).toBeInstanceOf(Date)
    await caller.notifications.markAllRead()
    expect(await caller.notifications.unreadCount()).toBe(0)
  })

  it('does not let a client mark another client’s notification read (not found), which stays unread', async () => {
    const victim = await insertNotification(db.app, db.data.a.id, clientY(), { victim: true })
    const caller = await asClientX()
    await expect(caller.notifications.markRead({ id: victim }).catch(codeOf)).resolves.toBe('NOT_FOUND')
    await caller.notifications.markAllRead()
    const other = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.otherClientUserId })
    const page = await other.notifications.list({ limit: 50 })
    expect(page.items.find((item) => item.id === victim)?.readAt).toBeNull()
  })

  it('keeps a staff member’s notifications from a colleague, counts included', async () => {
    const forY = await insertNotification(db.app, db.data.a.id, ownerY(), { for: 'owner' })
    const x = await asStaffX()
    expect((await x.staff.notifications.list({ limit: 50 })).items.map((item) => item.id)).not.toContain(forY)
    await expect(x.staff.notifications.markRead({ id: forY }).catch(codeOf)).resolves.toBe('NOT_FOUND')
    const y = await asOwnerY()
    expect(await y.staff.notifications.unreadCount()).toBe(1)
    await x.staff.notifications.markAllRead()
    expect(await y.staff.notifications.unreadCount()).toBe(1)
  })
})

/** A subscription's iterator, as the SSE stream drives it. */
async function subscribe(open: () => Promise<AsyncIterable<unknown>>): Promise<AsyncIterator<unknown>> {
  return (await open())[Symbol.asyncIterator]()
}

describe('the live feed', () => {
  it('delivers the client’s own new notification, and none of another client of A or of B before it', async () => {
    const caller = await asClientX()
    const start = (await caller.notifications.list({ limit: 1 })).items[0]?.id ?? null
    const events = await subscribe(() => caller.notifications.onNotification({ lastEventId: start }))
    const first = nextEvent(events)
    // Pings for others come first: if the feed took them, their rows would arrive before the client's own.
    await insertNotification(db.app, db.data.a.id, clientY(), { who: 'Y' })
    await insertNotification(db.app, db.data.b.id, clientOfB(), { who: 'B' })
    const own = await insertNotification(db.app, db.data.a.id, clientX(), { who: 'X' })
    const { id, row } = await first
    expect(id).toBe(own)
    expect(row).toMatchObject({ id: own, params: { who: 'X' } })
    await events.return?.()
  })

  it('never hands staff member X a notification of Y', async () => {
    const caller = await asStaffX()
    const start = (await caller.staff.notifications.list({ limit: 1 })).items[0]?.id ?? null
    const events = await subscribe(() => caller.staff.notifications.onNotification({ lastEventId: start }))
    const first = nextEvent(events)
    await insertNotification(db.app, db.data.a.id, ownerY(), { who: 'Y' })
    const own = await insertNotification(db.app, db.data.a.id, staffX(), { who: 'X' })
    expect((await first).id).toBe(own)
    await events.return?.()
  })

  it('resumes after lastEventId: a reconnecting client gets what came after, once, in order', async () => {
    const ids: string[] = []
    for (const n of [1, 2, 3]) ids.push(await insertNotification(db.app, db.data.a.id, clientX(), { n }))
    const caller = await asClientX()
    const events = await subscribe(() => caller.notifications.onNotification({ lastEventId: ids[0] }))
    const second = await nextEvent(events)
    const third = await nextEvent(events)
    expect([second.id, third.id]).toEqual([ids[1], ids[2]])
    await events.return?.()
  })

  it('refuses the feed to someone who is not a client here, before anything is read', async () => {
    const owner = await callerFor(db.app, { host: hostOf(db.data.b.slug), userId: db.data.b.ownerUserId })
    await expect(owner.notifications.onNotification({}).catch(codeOf)).resolves.toBe('FORBIDDEN')
    const stranger = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.b.ownerUserId })
    await expect(stranger.staff.notifications.onNotification({}).catch(codeOf)).resolves.toBe('FORBIDDEN')
  })

  it('re-reads after the listener comes back, so a NOTIFY lost while it was away is delivered', async () => {
    // The same database, with a listener whose pings can be lost and whose reconnect the test plays.
    const heard: ListenHandlers[] = []
    let losing = false
    const flaky: Database = {
      ...db.app,
      listen: (channel, real) => {
        heard.push(real)
        return db.app.listen(channel, {
          onNotify: (payload) => {
            if (!losing) real.onNotify(payload)
          },
          onListen: real.onListen,
        })
      },
    }
    const caller = await asClientX(flaky)
    const start = (await caller.notifications.list({ limit: 1 })).items[0]?.id ?? null
    const events = await subscribe(() => caller.notifications.onNotification({ lastEventId: start }))
    const first = nextEvent(events)
    const seen = await insertNotification(db.app, db.data.a.id, clientX(), { n: 'before the drop' })
    expect((await first).id).toBe(seen)
    losing = true
    const lost = await insertNotification(db.app, db.data.a.id, clientX(), { n: 'during the drop' })
    const next = nextEvent(events)
    losing = false
    const listener = heard[0]
    if (!listener) throw new Error('the hub never listened')
    // What postgres.js does once it has listened again on a new connection.
    listener.onListen()
    expect((await next).id).toBe(lost)
    await events.return?.()
    await notificationHubFor(flaky).close()
  })

  it.runIf(usingPostgres())(
    'loses nothing when Postgres drops the listener’s connection (pg_terminate_backend)',
    async () => {
      const sql = db.appSql
      if (!sql) throw new Error('no app pool')
      const caller = await asClientX()
      const start = (await caller.notifications.list({ limit: 1 })).items[0]?.id ?? null
      const events = await subscribe(() => caller.notifications.onNotification({ lastEventId: start }))
      const first = nextEvent(events)
      const seen = await insertNotification(db.app, db.data.a.id, clientX(), { n: 'before the kill' })
      expect((await first).id).toBe(seen)
      const killed = await sql<{ done: boolean }[]>`
        select pg_terminate_backend(pid, 5000) as done from pg_stat_activity
        where datname = current_database() and usename = current_user and query ilike 'listen %'`
      expect(killed.map((row) => row.done)).toEqual([true])
      const afterKill = await insertNotification(db.app, db.data.a.id, clientX(), { n: 'after the kill' })
      expect((await nextEvent(events)).id).toBe(afterKill)
      await events.return?.()
    },
  )
})
