import type { Database } from '@portail/db'
import type { Identity } from '../identity'
import type { ClerkBackend } from './clerk-backend'
import type { ClerkUserLookup } from './clerk-identity'
import { mapClerkOrgRole } from './org-role'
import type { ClerkSessionClaims } from './session-claims'
import {
  type ClerkIdentityRow,
  readClerkIdentity,
  upsertClerkMembership,
  upsertClerkUser,
} from './sync/clerk-sync-store'
import { ensureOrganizationTenant, prepareOrganizationOwner } from './sync/provision-organization'

export interface DatabaseClerkLookupOptions {
  database: Database
  /** Clerk's Backend API, asked only the first time a user or organization is seen. */
  backend: ClerkBackend
  /** PLATFORM_OPERATORS: these emails are platform operators, like Clerk's `role: "operator"`. */
  operators: readonly string[]
  /** Platform words no tenant slug may take (the validators' reserved list). */
  isReservedSlug: (slug: string) => boolean
}

const identityActor = { actor: 'identity', tenantId: null } as const
const session = { source: 'session' } as const

/**
 * Portail's user for a verified Clerk session, provisioned just in time when the webhook has not
 * arrived yet: an unknown (or stub) user is read from Clerk's Backend API and stored; an unknown
 * organization gets its tenant (owned by its Clerk creator); a missing membership is created once
 * Clerk confirms it, with Clerk's role. Known users cost one database call per request and no
 * call to Clerk.
 *
 * A membership that exists is never changed from a token: tokens live a minute and may predate a
 * role change, so roles follow the (ordered) webhook events only.
 */
export function createDatabaseClerkLookup(options: DatabaseClerkLookupOptions): ClerkUserLookup {
  const { database, backend } = options
  const operators = new Set(options.operators.map((email) => email.toLowerCase()))
  const read = (claims: ClerkSessionClaims) =>
    database.withTenant(identityActor, (tx) => readClerkIdentity(tx, claims.clerkUserId, claims.orgId))

  return async (claims) => {
    let row = await read(claims)
    if (!row || (!row.synced && !row.deleted)) {
      const user = await backend.getUser(claims.clerkUserId)
      // Clerk no longer knows this user (deleted a moment ago): nobody is signed in.
      if (!user) return null
      await database.withTenant(identityActor, (tx) => upsertClerkUser(tx, user, session))
      row = await read(claims)
    }
    if (!row || row.deleted) return null
    if (claims.orgId && !row.tenant_id) {
      await provisionTenant(claims.orgId, claims.clerkUserId)
      row = (await read(claims)) ?? row
    }
    if (claims.orgId && row.tenant_id && !row.member_role && claims.orgRole) {
      // Confirmed with Clerk, not taken from the token: a token lives a minute after its holder is
      // removed from the organization, and must not bring the membership back once the webhook
      // has removed it.
      const { orgId, clerkUserId } = claims
      const membership = await backend.getMembership(orgId, clerkUserId)
      const role = mapClerkOrgRole(membership?.clerkRole)
      if (membership && role) {
        const input = { orgId, clerkUserId, role, updatedAt: membership.updatedAt, actorUserId: row.user_id }
        await database.withTenant(identityActor, (tx) => upsertClerkMembership(tx, input, session))
        row = (await read(claims)) ?? row
      }
    }
    return toIdentity(row, claims, operators)
  }

  async function provisionTenant(orgId: string, clerkUserId: string) {
    const organization = await backend.getOrganization(orgId)
    if (!organization) return
    const ownerId = await prepareOrganizationOwner(database, organization, clerkUserId, session)
    if (!ownerId) return
    await database.withTenant({ ...identityActor, userId: ownerId }, (tx) =>
      ensureOrganizationTenant(tx, organization, options.isReservedSlug),
    )
  }
}

function toIdentity(row: ClerkIdentityRow, claims: ClerkSessionClaims, operators: ReadonlySet<string>): Identity {
  const operator =
    row.platform_role === 'operator' ||
    claims.publicMetadataRole === 'operator' ||
    operators.has(row.email.toLowerCase())
  return {
    userId: row.user_id,
    email: row.email,
    name: row.name,
    locale: row.locale,
    platformRole: operator ? 'operator' : null,
    // Clerk sync stores only a verified primary address; a placeholder ends in .invalid.
    emailVerified: !row.email.endsWith('.invalid'),
    organization: claims.orgId ? { id: claims.orgId, role: claims.orgRole, permissions: claims.orgPermissions } : null,
  }
}
