import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { actorKinds } from '../src/schema/actor-roles'
import type { ActorContext, Tx } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture } from './harness'
import { actorIn, RollbackProbe, snapshotAsSystem } from './support/actors'
import { isolationFixture } from './support/isolation-fixture'
import { attempt, describeOutcome, insufficientPrivilege, type Outcome, queryRows, readCatalog } from './support/query'
import { caseFor, insertRow, isCrossTenantByDesign, nextSeq, tenantTableNames } from './support/tenant-table-cases'

/*
 * The cross-tenant matrix: every tenant table against every actor, acting in tenant A and aiming
 * at tenant B's rows. A refusal (42501: a grant or a policy) or zero rows are both fine; a row of
 * B read, written or changed is not. B's rows are fingerprinted before and after each attempt.
 */

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(isolationFixture)
})
afterAll(async () => db.close())

const tenantIdRow = z.object({ tenant_id: z.string() })
const anyRow = z.object({}).loose()
const table = (name: string) => sql.identifier(name)

/** Nothing reached: refused outright, or the statement matched no row. */
const reachedNothing = (outcome: Outcome<unknown[]>) =>
  outcome.ok ? outcome.value.length === 0 : outcome.code === insufficientPrivilege
const refused = (outcome: Outcome<unknown>) => !outcome.ok && outcome.code === insufficientPrivilege

const run = <T>(ctx: ActorContext, fn: (tx: Tx) => Promise<T>) => attempt(() => db.app.withTenant(ctx, fn))

describe('the tenant tables', () => {
  it('each have an isolation case, and every case is a tenant table', async () => {
    const inCatalog = await readCatalog(
      db.app,
      z.object({ name: z.string() }),
      sql`select c.relname::text as name from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p')
          and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and a.attnotnull and not a.attisdropped)`,
    )
    expect(
      inCatalog.map((row) => row.name).sort(),
      'tenant tables vs cases in test/support/tenant-table-cases.ts',
    ).toEqual(tenantTableNames)
  })

  it.each(tenantTableNames)(
    '%s: the case row is valid in its own tenant, and tenant B holds rows to aim at',
    async (name) => {
      const { a, b } = db.data
      const writerKind = caseFor(name).writer
      const writer: ActorContext =
        writerKind === 'system'
          ? { actor: 'system', tenantId: a.id }
          : writerKind === 'workflowEngine'
            ? { actor: 'workflowEngine', tenantId: null }
            : { actor: 'staff', tenantId: a.id, userId: a.staffUserId }
      const written = await run(writer, async (tx) => {
        await tx.execute(insertRow(name, caseFor(name).row(a, nextSeq())))
        throw new RollbackProbe()
      })
      expect(!written.ok && written.message, describeOutcome(written)).toBe('rollback probe')
      expect((await snapshotAsSystem(db.app, name, b.id)).rows).toBeGreaterThan(0)
    },
  )
})

describe.each(tenantTableNames)('%s across tenants', (name) => {
  it.each(actorKinds.filter((actor) => !isCrossTenantByDesign(actor, name)))(
    'the %s actor of tenant A never reads, writes or changes a row of tenant B',
    async (actor) => {
      const { a, b, operatorUserId } = db.data
      const ctx = actorIn(a, actor, operatorUserId)
      const tableCase = caseFor(name)
      const before = await snapshotAsSystem(db.app, name, b.id)

      const everything = await run(ctx, (tx) =>
        queryRows(tx, tenantIdRow, sql`select tenant_id::text as tenant_id from ${table(name)}`),
      )
      if (everything.ok)
        expect(
          everything.value.filter((row) => row.tenant_id === b.id),
          `B's rows read by ${actor}`,
        ).toEqual([])
      else expect(everything.code, describeOutcome(everything)).toBe(insufficientPrivilege)

      const aimed = await run(ctx, (tx) =>
        queryRows(tx, anyRow, sql`select * from ${table(name)} where tenant_id = ${b.id}`),
      )
      expect(reachedNothing(aimed), `SELECT of B's rows ${describeOutcome(aimed)}`).toBe(true)

      const inserted = await run(ctx, (tx) => tx.execute(insertRow(name, tableCase.row(b, nextSeq()))))
      expect(refused(inserted), `INSERT into B ${describeOutcome(inserted)}`).toBe(true)

      const { column, value } = tableCase.change
      const updated = await run(ctx, (tx) =>
        queryRows(
          tx,
          anyRow,
          sql`update ${table(name)} set ${sql.identifier(column)} = ${value} where tenant_id = ${b.id} returning 1 as one`,
        ),
      )
      expect(reachedNothing(updated), `UPDATE of B's rows ${describeOutcome(updated)}`).toBe(true)

      const deleted = await run(ctx, (tx) =>
        queryRows(tx, anyRow, sql`delete from ${table(name)} where tenant_id = ${b.id} returning 1 as one`),
      )
      expect(reachedNothing(deleted), `DELETE of B's rows ${describeOutcome(deleted)}`).toBe(true)

      expect(await snapshotAsSystem(db.app, name, b.id), `tenant B's ${name} after the attempts`).toEqual(before)
    },
  )
})

describe('without a tenant context', () => {
  const everyTable = () => [...tenantTableNames, 'tenants', 'users']

  it('a visitor with no tenant reads no row and writes none', async () => {
    const { a } = db.data
    for (const name of everyTable()) {
      const read = await run({ actor: 'public', tenantId: null }, (tx) =>
        queryRows(tx, anyRow, sql`select 1 as one from ${table(name)}`),
      )
      expect(reachedNothing(read), `${name}: ${describeOutcome(read)}`).toBe(true)
    }
    for (const name of tenantTableNames) {
      const written = await run({ actor: 'public', tenantId: null }, (tx) =>
        tx.execute(insertRow(name, caseFor(name).row(a, nextSeq()))),
      )
      expect(refused(written), `${name}: ${describeOutcome(written)}`).toBe(true)
    }
  })

  it('the login role itself, once the actor role is dropped, is refused everywhere', async () => {
    const { a } = db.data
    for (const name of everyTable()) {
      const read = await run({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
        await tx.execute(sql`reset role`)
        const [who] = await queryRows(tx, z.object({ current_user: z.string() }), sql`select current_user`)
        expect(who?.current_user).toBe('portail_app')
        return queryRows(tx, anyRow, sql`select 1 as one from ${table(name)}`)
      })
      expect(refused(read), `${name}: ${describeOutcome(read)}`).toBe(true)
    }
    for (const name of tenantTableNames) {
      const written = await run({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, async (tx) => {
        await tx.execute(sql`reset role`)
        return tx.execute(insertRow(name, caseFor(name).row(a, nextSeq())))
      })
      expect(refused(written), `${name}: ${describeOutcome(written)}`).toBe(true)
    }
  })
})

describe('foreign keys between tenant tables', () => {
  it("refuse a row of tenant A that points at tenant B's row", async () => {
    const { a, b } = db.data
    // Every such key leads with tenant_id (catalog-invariants), so A's row can only name A's rows.
    const keys = await readCatalog(
      db.app,
      z.object({
        source: z.string(),
        target: z.string(),
        columns: z.array(z.string()),
        targetColumns: z.array(z.string()),
      }),
      sql`select k.conrelid::regclass::text as source, k.confrelid::regclass::text as target,
          array(select a.attname::text from unnest(k.conkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.conrelid and a.attnum = u.n order by u.i) as columns,
          array(select a.attname::text from unnest(k.confkey) with ordinality u(n, i) join pg_attribute a on a.attrelid = k.confrelid and a.attnum = u.n order by u.i) as "targetColumns"
        from pg_constraint k where k.contype = 'f' and k.connamespace = 'public'::regnamespace
          and k.confrelid not in ('public.tenants'::regclass, 'public.users'::regclass)`,
    )
    for (const key of keys) {
      const [target] = await db.app.withTenant({ actor: 'system', tenantId: b.id }, (tx) =>
        queryRows(
          tx,
          z.record(z.string(), z.union([z.string(), z.number(), z.null()])),
          sql`select ${sql.join(
            key.targetColumns.map((c) => sql`${sql.identifier(c)}::text`),
            sql`, `,
          )} from ${table(key.target)} limit 1`,
        ),
      )
      expect(target, `a row of ${key.target} in tenant B`).toBeDefined()
      const row = { ...caseFor(key.source).row(a, nextSeq()) }
      key.columns.forEach((column, i) => {
        const targetColumn = key.targetColumns[i]
        if (column !== 'tenant_id' && targetColumn && target) row[column] = target[targetColumn] ?? null
      })
      const written = await run({ actor: 'staff', tenantId: a.id, userId: a.staffUserId }, (tx) =>
        tx.execute(insertRow(key.source, row)),
      )
      expect(
        !written.ok && ['23503', insufficientPrivilege].includes(written.code ?? ''),
        `${key.source} -> ${key.target}: ${describeOutcome(written)}`,
      ).toBe(true)
    }
  })
})

const idRow = z.object({ id: z.string() })
const idsOf = (rows: { id: string }[]) => rows.map((row) => row.id).sort()
const readIds = (ctx: ActorContext, statement: SQL) => db.app.withTenant(ctx, (tx) => queryRows(tx, idRow, statement))

describe('one client never reaches another client of the same tenant', () => {
  const clientX = (): ActorContext => ({
    actor: 'client',
    tenantId: db.data.a.id,
    userId: db.data.a.clientUserId,
    clientId: db.data.a.clientId,
  })

  it('client X reads only its own client row', async () => {
    const { a } = db.data
    expect(idsOf(await readIds(clientX(), sql`select id::text as id from clients`))).toEqual([a.clientId])
    expect(await readIds(clientX(), sql`select id::text as id from clients where id = ${a.otherClientId}`)).toEqual([])
  })

  it("client X cannot change client Y's row", async () => {
    const { a } = db.data
    const before = await snapshotAsSystem(db.app, 'clients', a.id)
    const updated = await run(clientX(), (tx) =>
      queryRows(
        tx,
        anyRow,
        sql`update clients set full_name = 'Changed by X' where id = ${a.otherClientId} returning 1 as one`,
      ),
    )
    expect(reachedNothing(updated), describeOutcome(updated)).toBe(true)
    expect(await snapshotAsSystem(db.app, 'clients', a.id)).toEqual(before)
  })

  it('client X reads only the audit entries about itself and cannot write one about Y', async () => {
    const { a } = db.data
    const about = z.object({ client_id: z.string().nullable() })
    const seen = await db.app.withTenant(clientX(), (tx) =>
      queryRows(tx, about, sql`select client_id::text as client_id from audit_log`),
    )
    expect(seen.length).toBeGreaterThan(0)
    expect(seen.filter((row) => row.client_id !== a.clientId)).toEqual([])
    const aboutY = await db.app.withTenant(actorIn(a, 'staff', db.data.operatorUserId), (tx) =>
      queryRows(
        tx,
        about,
        sql`select client_id::text as client_id from audit_log where client_id = ${a.otherClientId}`,
      ),
    )
    expect(aboutY.length, 'entries about Y exist, as staff sees').toBeGreaterThan(0)
    const written = await run(clientX(), (tx) =>
      tx.execute(insertRow('audit_log', { ...caseFor('audit_log').row(a, nextSeq()), client_id: a.otherClientId })),
    )
    expect(refused(written), describeOutcome(written)).toBe(true)
  })

  it("a client context naming tenant B's client inside tenant A reaches nothing", async () => {
    const { a, b } = db.data
    const mixed: ActorContext = { actor: 'client', tenantId: a.id, userId: b.clientUserId, clientId: b.clientId }
    // Refused outright since the database checks that the client row is the user's in that tenant.
    for (const statement of [sql`select id::text as id from clients`, sql`select id::text as id from audit_log`]) {
      const outcome = await run(mixed, (tx) => queryRows(tx, idRow, statement))
      expect(reachedNothing(outcome), describeOutcome(outcome)).toBe(true)
    }
  })
})

describe('a visitor of tenant A', () => {
  const visitor = (userId?: string): ActorContext => ({
    actor: 'public',
    tenantId: db.data.a.id,
    userId: userId ?? null,
  })
  const links = async (ctx: ActorContext) => ({
    memberships: await db.app.withTenant(ctx, (tx) =>
      queryRows(
        tx,
        z.object({ tenant_id: z.string(), user_id: z.string() }),
        sql`select tenant_id::text, user_id::text from memberships`,
      ),
    ),
    clients: idsOf(await readIds(ctx, sql`select id::text as id from clients`)),
  })

  it('signed in as staff, sees its own membership and no client link', async () => {
    const { a } = db.data
    expect(await links(visitor(a.staffUserId))).toEqual({
      memberships: [{ tenant_id: a.id, user_id: a.staffUserId }],
      clients: [],
    })
  })

  it('signed in as client X, sees its own client link and no membership', async () => {
    const { a } = db.data
    expect(await links(visitor(a.clientUserId))).toEqual({ memberships: [], clients: [a.clientId] })
  })

  it('signed in as a member of tenant B, or anonymous, sees no link at all', async () => {
    expect(await links(visitor(db.data.b.staffUserId))).toEqual({ memberships: [], clients: [] })
    expect(await links(visitor(db.data.b.clientUserId))).toEqual({ memberships: [], clients: [] })
    expect(await links(visitor())).toEqual({ memberships: [], clients: [] })
  })

  it("cannot read its own client row's name or email", async () => {
    const read = await run(visitor(db.data.a.clientUserId), (tx) =>
      queryRows(tx, anyRow, sql`select full_name, email from clients`),
    )
    expect(refused(read), describeOutcome(read)).toBe(true)
  })
})

describe('portail_private.tenant_by_slug', () => {
  const bySlug = (ctx: ActorContext, slug: string) =>
    db.app.withTenant(ctx, (tx) => queryRows(tx, anyRow, sql`select * from portail_private.tenant_by_slug(${slug})`))
  const noTenant: ActorContext = { actor: 'public', tenantId: null }

  it('gives a visitor with no tenant yet the public columns of exactly one tenant', async () => {
    const { b } = db.data
    const rows = await bySlug(noTenant, 'bravo-clinic')
    expect(rows).toHaveLength(1)
    expect(Object.keys(rows[0] ?? {}).sort()).toEqual([
      'branding',
      'default_locale',
      'id',
      'logo_version',
      'name',
      'slug',
      'status',
      'time_zone',
      'trade',
    ])
    expect(rows[0]?.id).toBe(b.id)
    // No logo yet: no version to put in a URL (never the file's storage key).
    expect(rows[0]?.logo_version).toBeNull()
    expect((await bySlug(noTenant, 'BRAVO-CLINIC'))[0]?.id).toBe(b.id)
    expect(await bySlug(noTenant, '%')).toEqual([])
    expect(await bySlug(noTenant, 'no-such-shop')).toEqual([])
  })

  it.each(['client', 'staff', 'system', 'operator', 'identity'] as const)(
    'cannot be called by the %s actor',
    async (actor) => {
      const called = await run(actorIn(db.data.a, actor, db.data.operatorUserId), (tx) =>
        queryRows(tx, anyRow, sql`select * from portail_private.tenant_by_slug('bravo-clinic')`),
      )
      expect(refused(called), describeOutcome(called)).toBe(true)
    },
  )
})

describe('the tenant registry', () => {
  it.each(['public', 'client', 'staff', 'system'] as const)(
    'shows the %s actor exactly its own tenant',
    async (actor) => {
      for (const tenant of [db.data.a, db.data.b]) {
        const seen = await readIds(
          actorIn(tenant, actor, db.data.operatorUserId),
          sql`select id::text as id from tenants`,
        )
        expect(idsOf(seen)).toEqual([tenant.id])
      }
    },
  )

  it('is closed to the identity actor', async () => {
    const read = await run(actorIn(db.data.a, 'identity', db.data.operatorUserId), (tx) =>
      queryRows(tx, anyRow, sql`select id from tenants`),
    )
    expect(refused(read), describeOutcome(read)).toBe(true)
  })

  it.each(['public', 'client'] as const)(
    "hides a tenant's settings and identity-provider id from the %s actor",
    async (actor) => {
      for (const column of ['settings', 'clerk_org_id', 'suspended_reason']) {
        const read = await run(actorIn(db.data.a, actor, db.data.operatorUserId), (tx) =>
          queryRows(tx, anyRow, sql`select ${sql.identifier(column)} from tenants`),
        )
        expect(refused(read), `${column}: ${describeOutcome(read)}`).toBe(true)
      }
    },
  )

  it('shows operators every tenant; they change only the status and its reason', async () => {
    const { a, b, suspended, operatorUserId } = db.data
    const operator: ActorContext = { actor: 'operator', tenantId: null, userId: operatorUserId }
    expect(idsOf(await readIds(operator, sql`select id::text as id from tenants`))).toEqual(
      [a.id, b.id, suspended.id].sort(),
    )
    let reactivated = 0
    const statusChange = await run(operator, async (tx) => {
      const rows = await queryRows(
        tx,
        anyRow,
        sql`update tenants set status = 'active', suspended_reason = null where id = ${suspended.id} returning 1 as one`,
      )
      reactivated = rows.length
      throw new RollbackProbe()
    })
    expect(reactivated, describeOutcome(statusChange)).toBe(1)
    for (const column of ['name', 'settings', 'slug', 'clerk_org_id']) {
      const changed = await run(operator, (tx) =>
        tx.execute(
          sql`update tenants set ${sql.identifier(column)} = ${column === 'settings' ? '{}' : 'x'} where id = ${b.id}`,
        ),
      )
      expect(refused(changed), `${column}: ${describeOutcome(changed)}`).toBe(true)
    }
  })

  it('lets no staff rename another tenant', async () => {
    const { a, b } = db.data
    const renamed = await run(actorIn(a, 'staff', db.data.operatorUserId), (tx) =>
      queryRows(tx, anyRow, sql`update tenants set name = 'Taken over' where id = ${b.id} returning 1 as one`),
    )
    expect(reachedNothing(renamed), describeOutcome(renamed)).toBe(true)
    const [name] = await db.app.withTenant(actorIn(b, 'staff', db.data.operatorUserId), (tx) =>
      queryRows(tx, z.object({ name: z.string() }), sql`select name from tenants`),
    )
    expect(name?.name).toBe('Bravo')
  })
})

describe('the user mirror', () => {
  it('shows client X only its own user', async () => {
    const { a, operatorUserId } = db.data
    expect(idsOf(await readIds(actorIn(a, 'client', operatorUserId), sql`select id::text as id from users`))).toEqual([
      a.clientUserId,
    ])
  })

  it.each(['staff', 'system'] as const)("shows the %s actor only its tenant's members", async (actor) => {
    for (const tenant of [db.data.a, db.data.b]) {
      const seen = await readIds(actorIn(tenant, actor, db.data.operatorUserId), sql`select id::text as id from users`)
      expect(idsOf(seen)).toEqual([tenant.ownerUserId, tenant.staffUserId].sort())
    }
  })

  it.each(['public', 'operator'] as const)('is closed to the %s actor', async (actor) => {
    const read = await run(actorIn(db.data.a, actor, db.data.operatorUserId), (tx) =>
      queryRows(tx, anyRow, sql`select id from users`),
    )
    expect(refused(read), describeOutcome(read)).toBe(true)
  })

  it("shows the identity actor only the dev users it provisions, none of the tenants' people", async () => {
    const seen = await readIds(
      actorIn(db.data.a, 'identity', db.data.operatorUserId),
      sql`select id::text as id from users`,
    )
    expect(seen).toEqual([])
  })
})
