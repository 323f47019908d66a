import { type Database, pgErrorCode, type Tx } from '@portail/db'
import type { ClerkOrganizationRecord } from '../clerk-records'
import {
  createTenantForOrganization,
  isClerkOrganizationRemoved,
  isSlugTaken,
  type SyncSource,
  updateClerkOrganization,
  upsertClerkUser,
} from './clerk-sync-store'
import { tenantSlugCandidates } from './tenant-slug'

const identityActor = { actor: 'identity', tenantId: null } as const

/**
 * The Portail user who will own the tenant of an organization: its Clerk creator when Clerk says
 * who that is, else `fallbackClerkUserId` (the member whose token or membership made us create
 * it). Provisioned as a stub if unknown, in its own (idempotent) transaction, because the
 * transaction that creates the tenant must open with that user in its context (create_tenant
 * makes the context's user the owner). Null when there is nobody to own it.
 */
export async function prepareOrganizationOwner(
  database: Database,
  organization: ClerkOrganizationRecord,
  fallbackClerkUserId: string | null,
  source: SyncSource,
): Promise<string | null> {
  const candidates = [organization.createdBy, fallbackClerkUserId].filter((id): id is string => Boolean(id))
  for (const clerkUserId of candidates) {
    const userId = await database.withTenant(identityActor, (tx) =>
      upsertClerkUser(tx, { clerkUserId, name: null }, source),
    )
    // A deleted creator cannot own anything: the next candidate does.
    if (userId) return userId
  }
  return null
}

/**
 * The tenant of an organization, created if missing (first free slug, create_tenant with the
 * transaction's user as owner) unless Portail's onboarding started the organization, and renamed
 * from newer data. Runs inside the caller's transaction,
 * which the identity actor opened with the owner as its user. A concurrent creation of the same
 * organization is absorbed (savepoint, then read again).
 */
export async function ensureOrganizationTenant(
  tx: Tx,
  organization: ClerkOrganizationRecord,
  isReservedSlug: (slug: string) => boolean,
): Promise<string | null> {
  const existing = await updateClerkOrganization(tx, organization)
  if (existing) return existing
  // Started in Portail: the onboarding transaction creates this tenant, with the slug, trade, time
  // zone, language and owner the founder chose. Its webhooks can arrive (and a session can name it)
  // before that transaction commits; a tenant made here then would make the onboarding fail, and
  // its compensation (deleting the organization) would suspend this one. Later events find the
  // committed tenant above; if the onboarding never commits, the organization is deleted again.
  if (organization.startedInPortail) return null
  // Deleted in Clerk already (its deletion was applied first): no business for it, ever.
  if (await isClerkOrganizationRemoved(tx, organization.orgId)) return null
  for (const slug of tenantSlugCandidates(organization, isReservedSlug)) {
    if (await isSlugTaken(tx, slug)) continue
    try {
      await tx.transaction((savepoint) => createTenantForOrganization(savepoint, organization, slug))
    } catch (error) {
      // 23505: the organization (or, in a race, the slug) was taken meanwhile.
      if (pgErrorCode(error) !== '23505') throw error
    }
    const created = await updateClerkOrganization(tx, organization)
    if (created) return created
  }
  return null
}
