import { sql } from 'drizzle-orm'
import { z } from 'zod'
import type { Database } from '../../src/connection/database'
import { readCatalog } from './query'

const names = z.object({ name: z.string() })

/**
 * Every table and column privilege granted to `role` in our schemas, as `table PRIV` (a grant on
 * the whole table) or `table.column PRIV` (a column grant), sorted: what a role's test pins.
 */
export async function grantsOf(app: Database, role: string): Promise<string[]> {
  const rows = await readCatalog(
    app,
    names,
    sql`select c.relname || ' ' || g.privilege_type as name
        from pg_class c join pg_namespace n on n.oid = c.relnamespace cross join aclexplode(c.relacl) g
        where n.nspname in ('public', 'portail_private') and g.grantee = ${role}::regrole
      union all select c.relname || '.' || a.attname || ' ' || g.privilege_type
        from pg_attribute a join pg_class c on c.oid = a.attrelid join pg_namespace n on n.oid = c.relnamespace
        cross join aclexplode(a.attacl) g
        where n.nspname in ('public', 'portail_private') and g.grantee = ${role}::regrole`,
  )
  return rows.map((row) => row.name).sort()
}

/** The policies naming `role`, as `table.policy`, sorted. */
export async function policiesOf(app: Database, role: string): Promise<string[]> {
  const rows = await readCatalog(
    app,
    names,
    sql`select c.relname || '.' || p.polname as name from pg_policy p join pg_class c on c.oid = p.polrelid
      where ${role}::regrole = any (p.polroles)`,
  )
  return rows.map((row) => row.name).sort()
}

/** The schemas `role` may use, sorted. */
export async function schemasOf(app: Database, role: string): Promise<string[]> {
  const rows = await readCatalog(
    app,
    names,
    sql`select nspname::text as name from pg_namespace
      where nspname not like 'pg\\_%' and nspname <> 'information_schema' and has_schema_privilege(${role}::name, oid, 'USAGE')`,
  )
  return rows.map((row) => row.name).sort()
}

/** `columns` as `table.column PRIV` lines. */
export const columnGrants = (table: string, privilege: string, columns: readonly string[]) =>
  columns.map((column) => `${table}.${column} ${privilege}`)
