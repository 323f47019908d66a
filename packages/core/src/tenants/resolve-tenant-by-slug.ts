import { type Database } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { sql } from 'drizzle-orm'
import type { PublicTenant } from './public-tenant'

/**
 * Host -> tenant, before any tenant context exists. This is one of the named cross-tenant entry
 * points: it goes through the security-definer function portail_private.tenant_by_slug, which
 * answers for one exact slug and cannot list tenants.
 */
export async function resolveTenantBySlug(database: Database, slug: string): Promise<PublicTenant | null> {
  const rows = await database.withTenant({ actor: 'public', tenantId: null }, (tx) =>
    tx
      .select({
        id: sql<string>`t.id`,
        slug: sql<string>`t.slug`,
        name: sql<string>`t.name`,
        trade: sql<string>`t.trade`,
        status: sql<PublicTenant['status']>`t.status`,
        timeZone: sql<string>`t.time_zone`,
        defaultLocale: sql<PublicTenant['defaultLocale']>`t.default_locale`,
        // Raw SQL skips column decoding; borrow the jsonb column's so both drivers return an object.
        branding: sql`t.branding`.mapWith(tenants.branding),
        logoVersion: sql<number | null>`t.logo_version`,
      })
      .from(sql`portail_private.tenant_by_slug(${slug}) as t`)
      .limit(1),
  )
  return rows[0] ?? null
}
