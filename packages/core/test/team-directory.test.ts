import { readLocalMailbox } from '@portail/email'
import { auditLog, eventOutbox, memberships, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { nudgeOutboxAfter, setEventSink, type WorkflowEvent } from '@portail/events'
import { and, asc, eq } from 'drizzle-orm'
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors'
import { acceptInvitation, createInvitation } from '../src/invitations'
import { changeMemberRole, removeMember } from '../src/team'
import { mirrorTeamMember, type OrganizationDirectory } from '../src/tenants'

/**
 * Team changes reach the business's identity provider organization (Clerk) through the outbox: the
 * change writes `team/member-changed` in its own transaction and answers at once; the team-sync
 * workflow then mirrors the member as the team is at that moment (mirrorTeamMember), each provider
 * call bounded in time, failing (for the workflow to retry) while the provider is down. The
 * provider is a local HTTP server, as in the Clerk adapter's tests.
 */
interface Fixture extends TwoTenantFixture {
  leaverUserId: string
  inviteeUserId: string
}

const orgId = 'org_alpha'
let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    await admin.db.update(tenants).set({ clerkOrgId: orgId }).where(eq(tenants.id, f.a.id))
    const person = async (label: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${label}`, email: `${label}@example.test`, name: `${label} Person` })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    const leaverUserId = await person('leaver')
    await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: leaverUserId, role: 'staff' })
    return { ...f, leaverUserId, inviteeUserId: await person('invitee') }
  })
})
afterAll(async () => db.close())

const ownerOf = (tenant: 'a' | 'b'): StaffActor => ({
  tenantId: db.data[tenant].id,
  userId: db.data[tenant].ownerUserId,
  role: 'owner',
})
const asStaff = <T>(staff: StaffActor, fn: Parameters<typeof db.app.withTenant<T>>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: staff.tenantId, userId: staff.userId }, fn)
const roleOf = (tenant: 'a' | 'b', userId: string) =>
  asStaff(ownerOf(tenant), async (tx) => {
    const [row] = await tx
      .select({ role: memberships.role })
      .from(memberships)
      .where(and(eq(memberships.tenantId, db.data[tenant].id), eq(memberships.userId, userId)))
    return row?.role ?? null
  })
const auditCount = () =>
  asStaff(ownerOf('a'), async (tx) => (await tx.select({ id: auditLog.id }).from(auditLog)).length)
/** The team events of a tenant's outbox, as its workflows read them. */
const teamEventsOf = (tenant: 'a' | 'b') =>
  db.app.withTenant({ actor: 'system', tenantId: db.data[tenant].id }, (tx) =>
    tx
      .select({ name: eventOutbox.name, payload: eventOutbox.payload })
      .from(eventOutbox)
      .where(eq(eventOutbox.name, 'team/member-changed'))
      .orderBy(asc(eventOutbox.createdAt)),
  )

/**
 * A stand-in for Clerk's Backend API on a local port: `up` answers 200, `down` 503, `slow` never
 * answers (until the test ends). Records the requests it received.
 */
async function startProvider() {
  let mode: 'up' | 'down' | 'slow' = 'up'
  const received: string[] = []
  const hanging: ServerResponse[] = []
  const server = createServer((request: IncomingMessage, response: ServerResponse) => {
    received.push(`${request.method ?? ''} ${request.url ?? ''}`)
    if (mode === 'slow') return void hanging.push(response)
    response.writeHead(mode === 'up' ? 200 : 503, { 'content-type': 'application/json' }).end('{}')
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
  return {
    received,
    set: (next: typeof mode) => {
      mode = next
    },
    close: () =>
      new Promise<void>((resolve) => {
        for (const response of hanging) response.destroy()
        server.close(() => resolve())
      }),
    url,
  }
}

type Provider = Awaited<ReturnType<typeof startProvider>>

/** An organization directory over HTTP, as the Clerk adapter is: one request per call, non-2xx throws. */
function httpDirectory(provider: Provider): OrganizationDirectory {
  const call = async (method: string, path: string) => {
    const response = await fetch(`${provider.url}${path}`, { method })
    if (!response.ok) throw new Error(`provider answered ${response.status}`)
  }
  return {
    createOrganization: () => Promise.reject(new Error('not expected')),
    deleteOrganization: () => Promise.reject(new Error('not expected')),
    addMember: ({ orgId, userId, role }) =>
      call('POST', `/v1/organizations/${orgId}/memberships/${userId}?role=${role}`),
    updateMemberRole: ({ orgId, userId, role }) =>
      call('PATCH', `/v1/organizations/${orgId}/memberships/${userId}?role=${role}`),
    removeMember: ({ orgId, userId }) => call('DELETE', `/v1/organizations/${orgId}/memberships/${userId}`),
  }
}

let provider: Provider
beforeAll(async () => {
  provider = await startProvider()
})
afterAll(async () => provider.close())

/** The nudges sent after commits, as the web process's engine would receive them. */
const nudges: WorkflowEvent[] = []
beforeAll(() =>
  setEventSink({
    send: (events) => {
      nudges.push(...events)
      return Promise.resolve()
    },
  }),
)
afterEach(() => {
  nudges.length = 0
})
afterAll(() => setEventSink(null))

describe('team changes under an identity provider organization', () => {
  it('answer without waiting for the provider: the change, its audit and its team event commit together, then the relay is nudged', async () => {
    provider.set('slow')
    const before = provider.received.length
    const audits = await auditCount()
    const events = (await teamEventsOf('a')).length
    const changed = await changeMemberRole(db.app, ownerOf('a'), { userId: db.data.a.staffUserId, role: 'admin' })
    expect(changed).toMatchObject({ role: 'admin', organizationSync: 'queued' })
    expect(provider.received.length).toBe(before)
    expect(await roleOf('a', db.data.a.staffUserId)).toBe('admin')
    expect(await auditCount()).toBe(audits + 1)
    expect((await teamEventsOf('a')).slice(events)).toEqual([
      { name: 'team/member-changed', payload: { userId: db.data.a.staffUserId, change: 'roleChanged' } },
    ])
    expect(nudges.map((event) => event.name)).toEqual(['outbox/queued'])
  })

  it('a refused change writes no team event and nudges nothing', async () => {
    const events = (await teamEventsOf('a')).length
    await expect(
      changeMemberRole(db.app, ownerOf('a'), { userId: db.data.a.ownerUserId, role: 'staff' }),
    ).rejects.toMatchObject({ code: 'CONFLICT' })
    expect((await teamEventsOf('a')).length).toBe(events)
    expect(nudges).toEqual([])
  })

  it('a removal and an accepted invitation announce themselves the same way', async () => {
    const events = (await teamEventsOf('a')).length
    expect(await removeMember(db.app, ownerOf('a'), { userId: db.data.leaverUserId })).toEqual({
      userId: db.data.leaverUserId,
      organizationSync: 'queued',
    })
    const email = 'invitee@example.test'
    await asStaff(ownerOf('a'), (tx) =>
      createInvitation(tx, ownerOf('a'), { email, role: 'staff' }, { portalOrigin: 'https://alpha.portail.test' }),
    )
    const [mail] = await readLocalMailbox(db.app, email, { kind: 'staff-invitation' })
    const token = /\/invitations\/([A-Za-z0-9_-]{43})/.exec(mail?.text ?? '')?.[1] ?? ''
    const accepted = await acceptInvitation(
      db.app,
      db.data.a.id,
      { userId: db.data.inviteeUserId, email, emailVerified: true, name: 'invitee Person' },
      { token },
    )
    expect(accepted).toEqual({ role: 'staff', organizationSync: 'queued' })
    expect((await teamEventsOf('a')).slice(events).map((event) => event.payload)).toEqual([
      { userId: db.data.leaverUserId, change: 'removed' },
      { userId: db.data.inviteeUserId, change: 'added' },
    ])
  })

  it('an invitation queued in a transaction nudges the mail relay once that transaction commits', async () => {
    await nudgeOutboxAfter(() =>
      asStaff(ownerOf('b'), (tx) =>
        createInvitation(
          tx,
          ownerOf('b'),
          { email: 'nudged@example.test', role: 'staff' },
          { portalOrigin: 'https://bravo.portail.test' },
        ),
      ),
    )
    expect(nudges.map((event) => event.name)).toEqual(['mail/queued'])
  })

  it('a business without an organization announces nothing', async () => {
    const changed = await changeMemberRole(db.app, ownerOf('b'), { userId: db.data.b.staffUserId, role: 'admin' })
    expect(changed.organizationSync).toBe('none')
    expect(await teamEventsOf('b')).toEqual([])
    expect(nudges).toEqual([])
  })
})

describe('mirrorTeamMember (the team-sync workflow step)', () => {
  const tenantId = () => db.data.a.id

  it('gives the member their role as the team has it now, whatever the event said', async () => {
    provider.set('up')
    await changeMemberRole(db.app, ownerOf('a'), { userId: db.data.a.staffUserId, role: 'staff' })
    const before = provider.received.length
    // An older event (when the member was made admin) mirrored late: the current role wins.
    expect(
      await mirrorTeamMember(
        db.app,
        { tenantId: tenantId(), userId: db.data.a.staffUserId, change: 'roleChanged' },
        httpDirectory(provider),
      ),
    ).toBe('updated')
    expect(provider.received.slice(before)).toEqual([
      `PATCH /v1/organizations/${orgId}/memberships/${db.data.a.staffUserId}?role=staff`,
    ])
  })

  it('adds a newcomer, and takes off a member no longer on the team even if the event said otherwise', async () => {
    provider.set('up')
    const before = provider.received.length
    const mirror = (userId: string, change: 'added' | 'roleChanged') =>
      mirrorTeamMember(db.app, { tenantId: tenantId(), userId, change }, httpDirectory(provider))
    expect(await mirror(db.data.inviteeUserId, 'added')).toBe('added')
    expect(await mirror(db.data.leaverUserId, 'roleChanged')).toBe('removed')
    expect(provider.received.slice(before)).toEqual([
      `POST /v1/organizations/${orgId}/memberships/${db.data.inviteeUserId}?role=staff`,
      `DELETE /v1/organizations/${orgId}/memberships/${db.data.leaverUserId}`,
    ])
  })

  it('fails while the provider is down or silent (the workflow retries it), the team change standing', async () => {
    provider.set('down')
    const input = { tenantId: tenantId(), userId: db.data.a.staffUserId, change: 'roleChanged' as const }
    await expect(mirrorTeamMember(db.app, input, httpDirectory(provider))).rejects.toThrow('provider answered 503')
    provider.set('slow')
    const started = Date.now()
    await expect(mirrorTeamMember(db.app, input, httpDirectory(provider), { timeoutMs: 200 })).rejects.toThrow()
    expect(Date.now() - started).toBeLessThan(3000)
    expect(await roleOf('a', db.data.a.staffUserId)).toBe('staff')
  })

  it('does nothing for a business without an organization', async () => {
    const before = provider.received.length
    expect(
      await mirrorTeamMember(
        db.app,
        { tenantId: db.data.b.id, userId: db.data.b.staffUserId, change: 'roleChanged' },
        httpDirectory(provider),
      ),
    ).toBe('none')
    expect(provider.received.length).toBe(before)
  })
})
