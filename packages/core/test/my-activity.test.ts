import type { AdminConnection } from '@portail/db/admin'
import { auditLog } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listMyActivity, updateMyProfile } from '../src/clients'
import { DomainError } from '../src/errors'

// Three entries share one instant: pages must neither skip nor repeat any of them.
const sameInstant = new Date('2026-11-20T15:00:00.123Z')

async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const f = await twoTenantFixture(admin)
  const entry = (
    tenantId: string,
    clientId: string,
    action: string,
    createdAt: Date,
    actor: { actorUserId: string; actorRole: string },
  ) => ({ tenantId, clientId, action, entityType: 'client', entityId: clientId, createdAt, ...actor })
  const client = { actorUserId: f.a.clientUserId, actorRole: 'client' }
  const owner = { actorUserId: f.a.ownerUserId, actorRole: 'owner' }
  await admin.db.insert(auditLog).values([
    entry(f.a.id, f.a.clientId, 'client.joined', new Date('2026-11-01T12:00:00Z'), client),
    {
      ...entry(f.a.id, f.a.clientId, 'client.updated', sameInstant, owner),
      reason: 'staff note',
      data: { fields: ['phone'], name: 'Secret' },
    },
    entry(f.a.id, f.a.clientId, 'client.invited', sameInstant, owner),
    entry(f.a.id, f.a.clientId, 'client.profile_updated', sameInstant, client),
    entry(f.a.id, f.a.otherClientId, 'client.joined', new Date('2026-11-02T12:00:00Z'), {
      actorUserId: f.a.otherClientUserId,
      actorRole: 'client',
    }),
    entry(f.b.id, f.b.clientId, 'client.joined', new Date('2026-11-03T12:00:00Z'), {
      actorUserId: f.b.clientUserId,
      actorRole: 'client',
    }),
  ])
  return f
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const asClientX = () => ({ tenantId: db.data.a.id, clientId: db.data.a.clientId, userId: db.data.a.clientUserId })
const list = (input: { cursor?: string; limit?: number }) =>
  db.app.withTenant({ actor: 'client', ...asClientX() }, (tx) =>
    listMyActivity(tx, asClientX(), { limit: 10, ...input }),
  )

describe('listMyActivity', () => {
  it('shows the client its own entries only, newest first, saying who acted and never the business’s notes', async () => {
    const page = await list({})
    expect(
      page.items
        .slice(0, 3)
        .map((entry) => entry.action)
        .sort(),
    ).toEqual(['client.invited', 'client.profile_updated', 'client.updated'])
    expect(page.items.at(-1)?.action).toBe('client.joined')
    const byAction = new Map(page.items.map((entry) => [entry.action, entry]))
    expect(byAction.get('client.joined')?.byYou).toBe(true)
    expect(byAction.get('client.updated')).toMatchObject({ byYou: false, fields: ['phone'] })
    expect(JSON.stringify(page)).not.toMatch(/staff note|Secret|ownerUserId/)
    expect(JSON.stringify(page)).not.toContain(db.data.a.ownerUserId)
    expect(page.nextCursor).toBeNull()
  })

  it('pages one entry at a time through entries written at the same instant without skipping or repeating', async () => {
    const seen: string[] = []
    let cursor: string | undefined
    do {
      const page = await list({ limit: 1, cursor })
      seen.push(...page.items.map((entry) => entry.action))
      cursor = page.nextCursor ?? undefined
    } while (cursor)
    expect(seen).toHaveLength(4)
    expect(new Set(seen).size).toBe(4)
    expect(seen.at(-1)).toBe('client.joined')
  })

  it('lists what the client just did first', async () => {
    await db.app.withTenant({ actor: 'client', ...asClientX() }, (tx) =>
      updateMyProfile(tx, asClientX(), { phone: '514 555-0199' }),
    )
    const [latest] = (await list({ limit: 1 })).items
    expect(latest).toMatchObject({ action: 'client.profile_updated', byYou: true, fields: ['phone'] })
  })

  it('refuses a cursor it did not issue, on the cursor field', async () => {
    const garbage = Buffer.from(JSON.stringify(['x', 'not-a-uuid'])).toString('base64url')
    await expect(list({ cursor: garbage })).rejects.toMatchObject(
      new DomainError('BAD_REQUEST', 'pagination.invalidCursor', { field: 'cursor' }),
    )
  })
})
