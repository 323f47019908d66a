import type { Tx } from '@portail/db'
import { tenants } from '@portail/db/schema'
import { eq, sql } from 'drizzle-orm'
import { DomainError } from '../errors'
import type { PublicTenantProfile } from './public-tenant'

export const publicTenantColumns = {
  id: tenants.id,
  slug: tenants.slug,
  name: tenants.name,
  trade: tenants.trade,
  status: tenants.status,
  timeZone: tenants.timeZone,
  defaultLocale: tenants.defaultLocale,
  branding: tenants.branding,
  logoVersion: sql<number | null>`case when ${tenants.logoKey} is null then null else ${tenants.logoVersion} end`,
  descriptionFr: tenants.descriptionFr,
  descriptionEn: tenants.descriptionEn,
  contactPhone: tenants.contactPhone,
  contactAddress: tenants.contactAddress,
}

/** The current tenant's public face, read through its own policy (visitors see only their portal). */
export async function getPublicTenant(tx: Tx, ctx: { tenantId: string }): Promise<PublicTenantProfile> {
  const [tenant] = await tx.select(publicTenantColumns).from(tenants).where(eq(tenants.id, ctx.tenantId))
  if (!tenant) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  return tenant
}
