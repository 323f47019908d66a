import type { Database } from '@portail/db'
import { sql } from 'drizzle-orm'
import { z } from 'zod'

/*
 * Reads what Clerk sync left in the database the way the app can: the identity actor through
 * portail_private.clerk_identity, a tenant's own rows as its system actor.
 */

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows
  throw new Error('unexpected query result shape')
}

const identityRow = z.object({
  user_id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.string().nullable(),
  platform_role: z.string().nullable(),
  synced: z.boolean(),
  deleted: z.boolean(),
  tenant_id: z.string().nullable(),
  member_role: z.string().nullable(),
})

export async function clerkUserState(database: Database, clerkUserId: string, orgId: string | null = null) {
  const result = await database.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx.execute(sql`select user_id::text, email, name, locale::text, platform_role::text, synced, deleted, tenant_id::text,
      member_role::text from portail_private.clerk_identity(${clerkUserId}, ${orgId})`),
  )
  return z.array(identityRow).parse(rowsOf(result))[0] ?? null
}

export async function tenantState(database: Database, tenantId: string) {
  return database.withTenant({ actor: 'system', tenantId }, async (tx) => {
    const read = async <T extends z.ZodType>(schema: T, statement: ReturnType<typeof sql>) =>
      z.array(schema).parse(rowsOf(await tx.execute(statement)))
    const [tenant] = await read(
      z.object({ slug: z.string(), name: z.string(), status: z.string(), suspended_reason: z.string().nullable() }),
      sql`select slug::text, name, status::text, suspended_reason from tenants where id = ${tenantId}`,
    )
    return {
      tenant,
      members: await read(
        z.object({ email: z.string(), role: z.string() }),
        sql`select u.email::text, m.role::text from memberships m join users u on u.id = m.user_id
            where m.tenant_id = ${tenantId} order by u.email`,
      ),
      clients: await read(
        z.object({ full_name: z.string(), user_id: z.string().nullable() }),
        sql`select full_name, user_id::text from clients where tenant_id = ${tenantId} order by full_name`,
      ),
      audit: await read(
        z.object({ action: z.string() }),
        sql`select action from audit_log where tenant_id = ${tenantId} order by created_at, id`,
      ).then((rows) => rows.map((row) => row.action)),
    }
  })
}
