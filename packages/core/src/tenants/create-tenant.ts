import type { Tx } from '@portail/db'
import { sql } from 'drizzle-orm'
import { isUniqueViolationOf } from '../db-error-mapping'
import { DomainError } from '../errors'

export interface CreateTenantInput {
  slug: string
  name: string
  trade: string
  timeZone: string
  defaultLocale: 'fr' | 'en'
  /** The identity provider's organization (Clerk), when there is one. */
  clerkOrgId?: string | null
  /** Why the business exists: someone started it, or an identity-provider organization appeared. */
  source: 'onboarding' | 'identity_provider'
}

/**
 * Creates a business with the transaction's signed-in user as its owner, through
 * portail_private.create_tenant (tenant, owner membership, the tenant's first audit entry and a
 * platform audit entry, all in `tx`). `tx` must be an identity-actor transaction carrying the
 * user id (`{ actor: 'identity', tenantId: null, userId }`): there is no tenant context before the
 * tenant exists, and the function makes that user, and only that user, the owner.
 *
 * Reusable by anything that creates businesses (onboarding, Clerk organizations). A taken slug or
 * organization is a CONFLICT on the matching field, and nothing is created.
 */
export async function createTenant(tx: Tx, input: CreateTenantInput): Promise<{ tenantId: string }> {
  try {
    const [row] = await tx.select({ id: sql<string>`t.id::text` }).from(
      sql`portail_private.create_tenant(${input.slug}, ${input.name}, ${input.trade}, ${input.timeZone},
          ${input.defaultLocale}::public.locale, ${input.clerkOrgId ?? null}, ${input.source}) as t(id)`,
    )
    if (!row) throw new Error('create_tenant returned no row')
    return { tenantId: row.id }
  } catch (error) {
    if (isUniqueViolationOf(error, 'tenants_slug_unique')) {
      throw new DomainError('CONFLICT', 'onboarding.slugTaken', { field: 'slug', cause: error })
    }
    if (isUniqueViolationOf(error, 'tenants_clerk_org_id_unique')) {
      throw new DomainError('CONFLICT', 'onboarding.organizationTaken', { cause: error })
    }
    throw error
  }
}
