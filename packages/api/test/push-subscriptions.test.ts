import { pushSubscriptions } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { TRPCError } from '@trpc/server'
import { asc } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { callerFor, hostOf } from './support/callers'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const device = (name: string, auth = 'A'.repeat(22)) => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/${name}`,
  keys: { p256dh: `B${'A'.repeat(86)}`, auth },
  userAgent: 'Firefox on Linux',
})

const as = (userId: string) => callerFor(db.app, { host: hostOf(db.data.a.slug), userId })

/** Who holds each device of tenant A, as the workflows (system actor) see them. */
const devicesOfA = () =>
  db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
    tx
      .select({
        endpoint: pushSubscriptions.endpoint,
        kind: pushSubscriptions.recipientKind,
        clientId: pushSubscriptions.clientId,
        userId: pushSubscriptions.userId,
        auth: pushSubscriptions.auth,
        locale: pushSubscriptions.locale,
      })
      .from(pushSubscriptions)
      .orderBy(asc(pushSubscriptions.endpoint)),
  )

const holderOf = async (name: string) =>
  (await devicesOfA()).find((row) => row.endpoint === device(name).endpoint) ?? null

describe('push subscriptions', () => {
  it('subscribe a client’s device once, in the reader’s language; the same device again changes nothing', async () => {
    const { a } = db.data
    const client = await as(a.clientUserId)
    expect(await client.push.subscribe(device('x-phone'))).toEqual({ subscribed: true })
    expect(await client.push.subscribe(device('x-phone'))).toEqual({ subscribed: true })
    expect(await client.push.isSubscribed({ endpoint: device('x-phone').endpoint })).toBe(true)
    expect(await holderOf('x-phone')).toMatchObject({
      kind: 'client',
      clientId: a.clientId,
      userId: a.clientUserId,
      locale: 'fr',
    })
    expect((await devicesOfA()).filter((row) => row.endpoint === device('x-phone').endpoint)).toHaveLength(1)
  })

  it('replace a device’s keys when the browser subscribed it anew', async () => {
    const { a } = db.data
    const client = await as(a.clientUserId)
    await client.push.subscribe(device('x-laptop'))
    await client.push.subscribe(device('x-laptop', 'B'.repeat(22)))
    expect(await holderOf('x-laptop')).toMatchObject({ auth: 'B'.repeat(22), clientId: a.clientId })
  })

  it('never let another client read or remove a client’s device', async () => {
    const { a } = db.data
    await (await as(a.clientUserId)).push.subscribe(device('x-tablet'))
    const other = await as(a.otherClientUserId)
    expect(await other.push.isSubscribed({ endpoint: device('x-tablet').endpoint })).toBe(false)
    expect(await other.push.unsubscribe({ endpoint: device('x-tablet').endpoint })).toEqual({ removed: false })
    expect(await holderOf('x-tablet')).toMatchObject({ clientId: a.clientId })
  })

  it('move a shared device to whoever subscribes it last, so the first stops getting notifications there', async () => {
    const { a } = db.data
    await (await as(a.clientUserId)).push.subscribe(device('shared'))
    const other = await as(a.otherClientUserId)
    await other.push.subscribe(device('shared'))
    expect(await holderOf('shared')).toMatchObject({ clientId: a.otherClientId, userId: a.otherClientUserId })
    expect(await (await as(a.clientUserId)).push.isSubscribed({ endpoint: device('shared').endpoint })).toBe(false)
    // A team member signing in on it next takes it as a staff device.
    await (await as(a.staffUserId)).staff.push.subscribe(device('shared'))
    expect(await holderOf('shared')).toMatchObject({ kind: 'staff', clientId: null, userId: a.staffUserId })
  })

  it('keep team members’ devices their own', async () => {
    const { a } = db.data
    const staff = await as(a.staffUserId)
    const owner = await as(a.ownerUserId)
    await staff.staff.push.subscribe(device('staff-desk'))
    expect(await owner.staff.push.isSubscribed({ endpoint: device('staff-desk').endpoint })).toBe(false)
    expect(await owner.staff.push.unsubscribe({ endpoint: device('staff-desk').endpoint })).toEqual({ removed: false })
    expect(await staff.staff.push.unsubscribe({ endpoint: device('staff-desk').endpoint })).toEqual({ removed: true })
    expect(await holderOf('staff-desk')).toBeNull()
  })

  it('refuse an endpoint that is not a push service’s, and a client’s call on the team’s procedures', async () => {
    const { a } = db.data
    const client = await as(a.clientUserId)
    const refused = await client.push
      .subscribe({ ...device('x'), endpoint: 'https://169.254.169.254/latest/meta-data' })
      .catch((error: unknown) => error)
    expect(refused).toBeInstanceOf(TRPCError)
    expect((refused as TRPCError).code).toBe('BAD_REQUEST')
    const notTeam = await client.staff.push.subscribe(device('y')).catch((error: unknown) => error)
    expect((notTeam as TRPCError).code).toBe('FORBIDDEN')
  })
})
