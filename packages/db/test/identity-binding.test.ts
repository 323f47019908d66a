import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { type ActorContext, InvalidActorContextError } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { attempt, insufficientPrivilege, queryRows } from './support/query'

/*
 * The policies trust the context for the tenant and the client; the database checks who the caller
 * is (portail_context.check_actor_context, the end of withTenant's context statement). A staff
 * context whose user is no member of the tenant, or a client context whose client row belongs to
 * someone else, fails the transaction (SQLSTATE 42501) before anything is read, while the contexts
 * the API builds keep working. As the app role, on PGlite and on Postgres.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const clientRow = z.object({ id: z.string(), tenant_id: z.string() })

const selectClients = sql`select id::text as id, tenant_id::text as tenant_id from clients order by id`

/** Every client row the context can see, or the refusal. */
const readClients = (ctx: ActorContext) =>
  attempt(() => db.app.withTenant(ctx, (tx) => queryRows(tx, clientRow, selectClients)))

/** The database's own words for a refusal: drizzle wraps them, on both drivers, as the error's cause. */
async function refusalReason(ctx: ActorContext): Promise<string> {
  try {
    await db.app.withTenant(ctx, (tx) => queryRows(tx, clientRow, selectClients))
  } catch (error) {
    const messages: string[] = []
    for (let current: unknown = error; current instanceof Error; current = current.cause) messages.push(current.message)
    return messages.join(' / ')
  }
  return 'not refused'
}

describe('a staff context', () => {
  it("of a user who is no member of the tenant reads none of the tenant's clients", async () => {
    const { a, b } = db.data
    const ctx: ActorContext = { actor: 'staff', tenantId: a.id, userId: b.staffUserId }
    expect(await readClients(ctx)).toMatchObject({ ok: false, code: insufficientPrivilege })
    expect(await refusalReason(ctx)).toMatch(/staff context refused: user \S+ is not a member of tenant/)
  })

  it('of a client of the tenant (not a member) is refused too', async () => {
    const { a } = db.data
    const outcome = await readClients({ actor: 'staff', tenantId: a.id, userId: a.clientUserId })
    expect(outcome).toMatchObject({ ok: false, code: insufficientPrivilege })
  })

  it("cannot be used to write either: no client is created in the other tenant's name", async () => {
    const { a, b } = db.data
    const outcome = await attempt(() =>
      db.app.withTenant({ actor: 'staff', tenantId: a.id, userId: b.ownerUserId }, (tx) =>
        tx.execute(
          sql`insert into clients (tenant_id, full_name, email) values (${a.id}, 'Intruder', 'x@intruder.test')`,
        ),
      ),
    )
    expect(outcome).toMatchObject({ ok: false, code: insufficientPrivilege })
    const seen = await readClients({ actor: 'staff', tenantId: a.id, userId: a.ownerUserId })
    expect(seen.ok && seen.value.length).toBe(3)
  })

  it('of a member (staff or owner) reads every client of its tenant and only those', async () => {
    const { a } = db.data
    for (const userId of [a.staffUserId, a.ownerUserId]) {
      const outcome = await readClients({ actor: 'staff', tenantId: a.id, userId })
      expect(outcome.ok).toBe(true)
      if (!outcome.ok) continue
      expect(outcome.value.map((row) => row.id).sort()).toEqual(
        [a.clientId, a.otherClientId, a.unlinkedClientId].sort(),
      )
    }
  })
})

describe('a client context', () => {
  it("whose client row belongs to another user reads nothing of that client's", async () => {
    const { a } = db.data
    const ctx: ActorContext = { actor: 'client', tenantId: a.id, userId: a.otherClientUserId, clientId: a.clientId }
    expect(await readClients(ctx)).toMatchObject({ ok: false, code: insufficientPrivilege })
    expect(await refusalReason(ctx)).toMatch(/client context refused: client \S+ of tenant \S+ is not owned by user/)
  })

  it('naming a client row no one has claimed yet is refused', async () => {
    const { a } = db.data
    const outcome = await readClients({
      actor: 'client',
      tenantId: a.id,
      userId: a.clientUserId,
      clientId: a.unlinkedClientId,
    })
    expect(outcome).toMatchObject({ ok: false, code: insufficientPrivilege })
  })

  it('naming its own client row under another tenant is refused', async () => {
    const { a, b } = db.data
    const outcome = await readClients({ actor: 'client', tenantId: b.id, userId: a.clientUserId, clientId: a.clientId })
    expect(outcome).toMatchObject({ ok: false, code: insufficientPrivilege })
  })

  it('of the owner of the row reads that row and no other', async () => {
    const { a } = db.data
    const outcome = await readClients({ actor: 'client', tenantId: a.id, userId: a.clientUserId, clientId: a.clientId })
    expect(outcome).toEqual({ ok: true, value: [{ id: a.clientId, tenant_id: a.id }] })
  })
})

describe('contexts the database does not bind to a person', () => {
  it('still work as before: workflows (system) and visitors', async () => {
    const { a } = db.data
    const system = await readClients({ actor: 'system', tenantId: a.id })
    expect(system.ok && system.value.length).toBe(3)
    const visitor = await readClients({ actor: 'public', tenantId: a.id, userId: a.clientUserId })
    expect(visitor).toEqual({ ok: true, value: [{ id: a.clientId, tenant_id: a.id }] })
  })
})

describe('a context without a user', () => {
  /** Refused in the app (synchronously) or by the database: either way a rejection here. */
  const opening = (ctx: ActorContext) => Promise.resolve().then(() => db.app.withTenant(ctx, () => Promise.resolve(1)))

  it('is refused for staff and client in the app: the database would have no one to check', async () => {
    const { a } = db.data
    await expect(opening({ actor: 'staff', tenantId: a.id })).rejects.toThrow(/a staff actor needs its userId/)
    await expect(opening({ actor: 'client', tenantId: a.id, userId: null, clientId: a.clientId })).rejects.toThrow(
      InvalidActorContextError,
    )
  })
})

describe('the check itself', () => {
  it('cannot be called by any actor role, so it never decides for a role it does not know', async () => {
    const { a } = db.data
    for (const ctx of [
      { actor: 'system', tenantId: a.id },
      { actor: 'staff', tenantId: a.id, userId: a.ownerUserId },
    ] satisfies ActorContext[]) {
      const outcome = await attempt(() =>
        db.app.withTenant(ctx, (tx) => tx.execute(sql`select portail_context.check_actor_context()`)),
      )
      expect(outcome, ctx.actor).toMatchObject({ ok: false, code: insufficientPrivilege })
    }
  })
})
