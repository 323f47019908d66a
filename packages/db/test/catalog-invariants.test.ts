import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AdminConnection } from '../src/admin/admin-connection'
import { crossTenantEntryPoints } from '../src/cross-tenant-entry-points'
import { pgErrorCode } from '../src/db-errors'
import { actorKinds, dbRoleNames } from '../src/schema/actor-roles'
import { createTestDatabase, type TestDatabase } from './harness'
import { readCatalog, rowsOf } from './support/query'

/*
 * The isolation design, read back from the system catalogs of a freshly migrated database. Each
 * assertion lists the offending objects by name, so a new table, policy or function that breaks
 * a rule says which one it is.
 */

const actorRoleNames = actorKinds.map((kind) => dbRoleNames[kind])
const policyRoleNames = [
  ...actorRoleNames,
  dbRoleNames.resolver,
  dbRoleNames.onboarding,
  dbRoleNames.clerkSync,
  dbRoleNames.tenantStats,
  dbRoleNames.staffDirectory,
  dbRoleNames.holdSweeper,
  dbRoleNames.contextCheck,
  dbRoleNames.deliverySync,
]
const globalTables = [
  'tenants',
  'users',
  'sign_in_codes',
  'user_sessions',
  'mail_outbox',
  'rate_limit_buckets',
  'clerk_webhook_deliveries',
  'clerk_tombstones',
  'session_transfers',
  'sms_outbox',
  'provider_webhook_events',
]

interface SuperuserProbes {
  auditUpdate: string | undefined
  auditTruncate: string | undefined
  auditDeleteAsOwner: number
  platformAuditUpdate: string | undefined
  platformAuditTruncate: string | undefined
}

/** What only a superuser can try: rewriting the audit log past the grants. */
async function probeAuditLogAsSuperuser(admin: AdminConnection): Promise<SuperuserProbes> {
  const [tenant] = await admin.db
    .execute(
      sql`insert into tenants (slug, name, trade) values ('audit-probe', 'Audit Probe', 'pool_care') returning id`,
    )
    .then((result) => z.array(z.object({ id: z.string() })).parse(rowsOf(result)))
  if (!tenant) throw new Error('probe tenant not created')
  await admin.db.execute(
    sql`insert into audit_log (tenant_id, actor_role, action, entity_type) values (${tenant.id}, 'staff', 'probe.created', 'probe')`,
  )
  const codeOf = (run: () => Promise<unknown>) =>
    run().then(
      () => undefined,
      (error: unknown) => pgErrorCode(error) ?? 'no code',
    )
  const auditUpdate = await codeOf(() => admin.db.execute(sql`update audit_log set reason = 'rewritten'`))
  const auditTruncate = await codeOf(() => admin.db.execute(sql`truncate audit_log`))
  await admin.db.execute(
    sql`insert into platform_audit_log (actor_user_id, action) values (portail_uuidv7(), 'probe.read')`,
  )
  const platformAuditUpdate = await codeOf(() =>
    admin.db.execute(sql`update platform_audit_log set reason = 'rewritten'`),
  )
  const platformAuditTruncate = await codeOf(() => admin.db.execute(sql`truncate platform_audit_log`))
  // FORCE RLS and no policy for the owner: the owner's DELETE reaches no row.
  const auditDeleteAsOwner = await admin.db.transaction(async (tx) => {
    await tx.execute(sql`set local role ${sql.identifier(dbRoleNames.owner)}`)
    const deleted = await tx.execute(sql`delete from audit_log returning 1`)
    return rowsOf(deleted).length
  })
  return { auditUpdate, auditTruncate, auditDeleteAsOwner, platformAuditUpdate, platformAuditTruncate }
}

let db: TestDatabase<SuperuserProbes>
beforeAll(async () => {
  db = await createTestDatabase(probeAuditLogAsSuperuser)
})
afterAll(async () => db.close())

const names = z.object({ name: z.string() })
const catalog = <T extends z.ZodType>(schema: T, statement: SQL) => readCatalog(db.app, schema, statement)
const listNames = async (statement: SQL) => (await catalog(names, statement)).map((row) => row.name).sort()

/** Objects that belong to an extension (citext, btree_gist…) are the extension's business. */
const notExtensionMember = (classId: string, objectId: SQL) =>
  sql`not exists (select from pg_depend d where d.classid = ${sql.raw(`'${classId}'::regclass`)} and d.objid = ${objectId} and d.deptype = 'e')`

// A tenant table is one whose every row belongs to a tenant (NOT NULL tenant_id). mail_outbox's
// nullable tenant_id only names who a message was sent for: it is a platform table.
const tenantTablesSql = sql`select c.relname::text as name, c.oid as relid from pg_class c join pg_namespace n on n.oid = c.relnamespace
  where n.nspname = 'public' and c.relkind in ('r', 'p')
    and exists (select from pg_attribute a where a.attrelid = c.oid and a.attname = 'tenant_id' and a.attnotnull and not a.attisdropped)`

describe('row-level security on every table', () => {
  it('is enabled and forced on every table of our schemas', async () => {
    const tables = await catalog(
      z.object({ name: z.string(), enabled: z.boolean(), forced: z.boolean() }),
      sql`select n.nspname || '.' || c.relname as name, c.relrowsecurity as enabled, c.relforcerowsecurity as forced
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'portail_private') and c.relkind in ('r', 'p')`,
    )
    expect(tables.map((t) => t.name)).toContain('public.tenants')
    expect(
      tables.filter((t) => !t.enabled || !t.forced).map((t) => t.name),
      'tables without enabled+forced RLS',
    ).toEqual([])
  })
})

describe('tenant tables lead every key with tenant_id', () => {
  it('finds the tenant tables and the global ones', async () => {
    const tenantTables = await listNames(tenantTablesSql)
    expect(tenantTables).toEqual(expect.arrayContaining(['audit_log', 'clients', 'memberships']))
    for (const global of globalTables) expect(tenantTables).not.toContain(global)
  })

  it('has a primary key leading with tenant_id on every tenant table', async () => {
    const offenders = await listNames(sql`select t.name from (${tenantTablesSql}) t
      where not exists (select from pg_constraint k join pg_attribute a on a.attrelid = k.conrelid and a.attnum = k.conkey[1]
        where k.conrelid = t.relid and k.contype = 'p' and a.attname = 'tenant_id')`)
    expect(offenders, 'tenant tables whose primary key is missing or does not lead with tenant_id').toEqual([])
  })

  it('leads every unique index and exclusion constraint of a tenant table with tenant_id', async () => {
    const offenders = await listNames(sql`select t.name || '.' || i.indexrelid::regclass::text as name
      from (${tenantTablesSql}) t join pg_index i on i.indrelid = t.relid
      left join pg_attribute a on a.attrelid = i.indrelid and a.attnum = i.indkey[0]
      where (i.indisunique or i.indisexclusion) and a.attname is distinct from 'tenant_id'`)
    expect(offenders, 'unique or exclusion indexes not led by tenant_id').toEqual([])
  })

  it('makes every foreign key between tenant tables composite and led by tenant_id', async () => {
    const offenders = await listNames(sql`select k.conrelid::regclass::text || '.' || k.conname as name
      from pg_constraint k join (${tenantTablesSql}) t on k.conrelid = t.relid
      join pg_attribute src on src.attrelid = k.conrelid and src.attnum = k.conkey[1]
      left join pg_attribute dst on dst.attrelid = k.confrelid and dst.attnum = k.confkey[1]
      where k.contype = 'f' and k.confrelid not in ('public.tenants'::regclass, 'public.users'::regclass)
        and (cardinality(k.conkey) < 2 or src.attname <> 'tenant_id' or dst.attname is distinct from 'tenant_id')`)
    expect(offenders, 'foreign keys from a tenant table that could reach another tenant').toEqual([])
  })
})

const policies = () =>
  catalog(
    z.object({
      name: z.string(),
      roles: z.array(z.string()),
      command: z.string(),
      permissive: z.boolean(),
      using: z.string().nullable(),
      check: z.string().nullable(),
    }),
    sql`select c.relname || '.' || p.polname as name, p.polcmd::text as command, p.polpermissive as permissive,
        array(select case when r = 0 then 'PUBLIC' else pg_get_userbyid(r)::text end from unnest(p.polroles) r)::text[] as roles,
        pg_get_expr(p.polqual, p.polrelid) as using, pg_get_expr(p.polwithcheck, p.polrelid) as check
      from pg_policy p join pg_class c on c.oid = p.polrelid`,
  )

/** Every read of a setting must be `(select nullif(current_setting(…), '')…)`, evaluated once per statement. */
const settingReads = (expression: string) => ({
  total: expression.match(/current_setting\(/gi)?.length ?? 0,
  wrapped: expression.match(/\(\s*select\s+\(?\s*nullif\(\s*current_setting\(/gi)?.length ?? 0,
})

describe('policies', () => {
  it('are permissive FOR ALL rules with the same USING and WITH CHECK', async () => {
    const all = await policies()
    expect(all.length).toBeGreaterThan(10)
    const offenders = all.filter(
      (p) => p.using === null || p.check === null || p.using !== p.check || p.command !== '*' || !p.permissive,
    )
    expect(
      offenders.map((p) => p.name),
      'policies without identical USING and WITH CHECK, or not permissive FOR ALL',
    ).toEqual([])
  })

  it('each apply to exactly one actor role, never PUBLIC', async () => {
    const all = await policies()
    const offenders = all.filter((p) => p.roles.length !== 1 || !policyRoleNames.some((role) => p.roles[0] === role))
    expect(
      offenders.map((p) => `${p.name} -> ${p.roles.join(',')}`),
      'policies not bound to one actor role',
    ).toEqual([])
  })

  it('contain no OR', async () => {
    const all = await policies()
    const offenders = all.filter((p) => /\bor\b/i.test(`${p.using ?? ''} ${p.check ?? ''}`))
    expect(
      offenders.map((p) => p.name),
      'policies with an OR (one policy per role instead)',
    ).toEqual([])
  })

  it('read the request context only through (select nullif(current_setting(...)))', async () => {
    const all = await policies()
    const offenders = all.filter((p) =>
      [p.using ?? '', p.check ?? ''].some((expression) => {
        const reads = settingReads(expression)
        return reads.total !== reads.wrapped
      }),
    )
    expect(all.some((p) => settingReads(p.using ?? '').wrapped > 0)).toBe(true)
    expect(
      offenders.map((p) => `${p.name}: ${p.using ?? ''}`),
      'policies reading a setting another way',
    ).toEqual([])
  })
})

describe('the login role portail_app', () => {
  it('is a NOINHERIT login without superuser or BYPASSRLS', async () => {
    const [role] = await catalog(
      z.object({ rolsuper: z.boolean(), rolbypassrls: z.boolean(), rolinherit: z.boolean(), rolcanlogin: z.boolean() }),
      sql`select rolsuper, rolbypassrls, rolinherit, rolcanlogin from pg_roles where rolname = ${dbRoleNames.login}`,
    )
    expect(role).toEqual({ rolsuper: false, rolbypassrls: false, rolinherit: false, rolcanlogin: true })
  })

  it('owns no relation, function, type, schema or database', async () => {
    const owned = await listNames(sql`
      select 'relation ' || oid::regclass::text as name from pg_class where relowner = ${dbRoleNames.login}::regrole
      union all select 'function ' || oid::regprocedure::text from pg_proc where proowner = ${dbRoleNames.login}::regrole
      union all select 'type ' || oid::regtype::text from pg_type where typowner = ${dbRoleNames.login}::regrole
      union all select 'schema ' || nspname::text from pg_namespace where nspowner = ${dbRoleNames.login}::regrole
      union all select 'database ' || datname::text from pg_database
        where datdba = ${dbRoleNames.login}::regrole and datname = current_database()`)
    expect(owned, 'objects owned by the login role').toEqual([])
  })

  it('holds no table or column privilege of its own', async () => {
    const granted = await listNames(sql`
      select c.oid::regclass::text || ' ' || g.privilege_type as name
        from pg_class c cross join aclexplode(c.relacl) g
        where g.grantee = ${dbRoleNames.login}::regrole
      union all select c.oid::regclass::text || '.' || a.attname || ' ' || g.privilege_type
        from pg_attribute a join pg_class c on c.oid = a.attrelid cross join aclexplode(a.attacl) g
        where g.grantee = ${dbRoleNames.login}::regrole
      union all select c.oid::regclass::text || ' (effective)'
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname in ('public', 'portail_private') and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and (has_table_privilege(${dbRoleNames.login}::name, c.oid, 'SELECT, INSERT, UPDATE, DELETE, TRUNCATE, REFERENCES, TRIGGER')
            or has_any_column_privilege(${dbRoleNames.login}::name, c.oid, 'SELECT, INSERT, UPDATE, REFERENCES'))`)
    expect(granted, 'privileges the login role holds without switching to an actor').toEqual([])
  })

  it('may only look names up in public and portail_context: no CREATE anywhere, no way into portail_private', async () => {
    const schemas = await catalog(
      z.object({ name: z.string(), usage: z.boolean(), create: z.boolean() }),
      sql`select nspname::text as name, has_schema_privilege(${dbRoleNames.login}::name, oid, 'USAGE') as usage,
          has_schema_privilege(${dbRoleNames.login}::name, oid, 'CREATE') as create
        from pg_namespace where nspname not like 'pg\\_%' and nspname <> 'information_schema'`,
    )
    expect(
      schemas
        .filter((s) => s.usage)
        .map((s) => s.name)
        .sort(),
      'schemas the login role can use',
    ).toEqual(['portail_context', 'public'])
    expect(
      schemas.filter((s) => s.create).map((s) => s.name),
      'schemas the login role can create in',
    ).toEqual([])
  })

  it('is a member of exactly the actor roles', async () => {
    const memberOf = await listNames(sql`select r.rolname::text as name from pg_auth_members m
      join pg_roles r on r.oid = m.roleid where m.member = ${dbRoleNames.login}::regrole`)
    expect(memberOf).toEqual([...actorRoleNames].sort())
  })
})

describe('ownership and privileges', () => {
  it('gives every table, sequence and type of public to portail_owner', async () => {
    const offenders = await listNames(sql`
      select 'relation ' || c.oid::regclass::text || ' owned by ' || pg_get_userbyid(c.relowner) as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'S', 'f')
          and c.relowner <> ${dbRoleNames.owner}::regrole and ${notExtensionMember('pg_class', sql`c.oid`)}
      union all select 'type ' || t.oid::regtype::text || ' owned by ' || pg_get_userbyid(t.typowner)
        from pg_type t join pg_namespace n on n.oid = t.typnamespace
        where n.nspname = 'public' and t.typowner <> ${dbRoleNames.owner}::regrole
          and ${notExtensionMember('pg_type', sql`t.oid`)} and ${notExtensionMember('pg_type', sql`t.typelem`)}`)
    expect(offenders, 'objects of public not owned by portail_owner').toEqual([])
  })

  it('grants no actor TRUNCATE, REFERENCES or TRIGGER, and grants PUBLIC nothing on a table', async () => {
    const offenders = await listNames(sql`
      select r.rolname || ' on ' || c.oid::regclass::text as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join pg_roles r
        where n.nspname = 'public' and c.relkind in ('r', 'p', 'v', 'm', 'f') and r.rolname in ${actorRoleNames}
          and (has_table_privilege(r.oid, c.oid, 'TRUNCATE, REFERENCES, TRIGGER') or has_any_column_privilege(r.oid, c.oid, 'REFERENCES'))
      union all select 'PUBLIC ' || g.privilege_type || ' on ' || c.oid::regclass::text
        from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join aclexplode(c.relacl) g
        where n.nspname = 'public' and g.grantee = 0`)
    expect(offenders, 'dangerous privileges held by actor roles or PUBLIC').toEqual([])
  })

  it.each(['audit_log', 'platform_audit_log', 'consent_records'])(
    'lets no role but the owner UPDATE or DELETE %s',
    async (table) => {
      const relation = `public.${table}`
      const offenders = await listNames(sql`select r.rolname::text as name from pg_roles r
      where not r.rolsuper and r.rolname <> ${dbRoleNames.owner} and r.rolname not like 'pg\\_%'
        and (has_table_privilege(r.oid, ${relation}::regclass, 'UPDATE, DELETE') or has_any_column_privilege(r.oid, ${relation}::regclass, 'UPDATE'))`)
      expect(offenders, `roles able to rewrite ${table}`).toEqual([])
    },
  )

  it('refuses to rewrite the audit log even to a superuser, and the owner deletes nothing', () => {
    expect(db.data.auditUpdate, 'UPDATE on audit_log as superuser').toBe('42501')
    expect(db.data.auditTruncate, 'TRUNCATE audit_log as superuser').toBe('42501')
    expect(db.data.auditDeleteAsOwner, 'rows deleted by the owner').toBe(0)
    expect(db.data.platformAuditUpdate, 'UPDATE on platform_audit_log as superuser').toBe('42501')
    expect(db.data.platformAuditTruncate, 'TRUNCATE platform_audit_log as superuser').toBe('42501')
  })
})

describe('views and security-definer functions', () => {
  it('makes every view of public security_invoker', async () => {
    const views = await catalog(
      z.object({ name: z.string(), options: z.array(z.string()) }),
      sql`select c.relname::text as name, coalesce(c.reloptions, '{}')::text[] as options
        from pg_class c join pg_namespace n on n.oid = c.relnamespace where n.nspname = 'public' and c.relkind = 'v'`,
    )
    const offenders = views.filter((v) => !v.options.some((o) => /^security_invoker=(true|on|yes|1)$/i.test(o)))
    expect(
      offenders.map((v) => v.name),
      'views running with their owner’s rights',
    ).toEqual([])
  })

  const definers = () =>
    catalog(
      z.object({ name: z.string(), schema: z.string(), config: z.array(z.string()), executors: z.array(z.string()) }),
      sql`select p.pronamespace::regnamespace::text || '.' || p.proname as name, p.pronamespace::regnamespace::text as schema,
          coalesce(p.proconfig, '{}')::text[] as config,
          array(select case when g.grantee = 0 then 'PUBLIC' else pg_get_userbyid(g.grantee)::text end
            from aclexplode(coalesce(p.proacl, acldefault('f', p.proowner))) g
            where g.privilege_type = 'EXECUTE' and g.grantee <> p.proowner)::text[] as executors
        from pg_proc p join pg_namespace n on n.oid = p.pronamespace
        where p.prosecdef and n.nspname not like 'pg\\_%' and n.nspname <> 'information_schema'
          and ${notExtensionMember('pg_proc', sql`p.oid`)}`,
    )

  it('lists every security-definer function in cross-tenant-entry-points.ts, and only those', async () => {
    const found = (await definers()).map((f) => f.name).sort()
    expect(found).toEqual(crossTenantEntryPoints.map((entry) => entry.name).sort())
  })

  it('pins search_path and keeps each definer function in portail_private, but the context check', async () => {
    const all = await definers()
    expect(
      all.filter((f) => !f.config.some((c) => c.startsWith('search_path='))).map((f) => f.name),
      'no pinned search_path',
    ).toEqual([])
    expect(
      all.filter((f) => f.schema !== 'portail_private').map((f) => f.name),
      'definer outside portail_private',
    ).toEqual(['portail_context.check_actor_context'])
  })

  it('keeps nothing in portail_context but the context check, the one schema the login role reaches besides public', async () => {
    const objects = await listNames(sql`
      select 'function ' || p.proname as name from pg_proc p where p.pronamespace = 'portail_context'::regnamespace
      union all select 'relation ' || c.relname from pg_class c where c.relnamespace = 'portail_context'::regnamespace
      union all select 'type ' || t.typname from pg_type t where t.typnamespace = 'portail_context'::regnamespace`)
    expect(objects).toEqual(['function check_actor_context'])
  })

  it('lets only the listed roles execute a definer function, never PUBLIC', async () => {
    const all = await definers()
    for (const entry of crossTenantEntryPoints) {
      const found = all.find((f) => f.name === entry.name)
      expect(found?.executors.sort(), `EXECUTE on ${entry.name}`).toEqual([...entry.executableBy].sort())
    }
    expect(
      all.filter((f) => f.executors.includes('PUBLIC')).map((f) => f.name),
      'definer functions PUBLIC may call',
    ).toEqual([])
  })
})
