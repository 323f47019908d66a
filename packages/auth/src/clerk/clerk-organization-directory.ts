import { isClerkAPIResponseError } from '@clerk/backend/errors'
import type { Database } from '@portail/db'
import { sql } from 'drizzle-orm'
import type { ClerkClient } from './clerk-backend'
import { startedInPortailMetadata } from './clerk-records'
import type { OrgRole } from './org-role'

/**
 * The Clerk adapter of core's OrganizationDirectory port (packages/core/src/tenants/
 * organization-directory.ts; same shape, restated here because auth sits below core): a business
 * started in Portail becomes a Clerk organization, undone if the business is not committed, and
 * an accepted invitation becomes an organization membership, and the owner's role changes and
 * removals on the team page reach the organization (after our transaction commits, with a timeout
 * and bounded tries: core's sync-organization-team.ts). Each call is idempotent, so a try given up
 * at its timeout that still lands does no harm.
 */
export interface ClerkOrganizationDirectory {
  createOrganization(input: { name: string; slug: string; createdByUserId: string }): Promise<{ orgId: string } | null>
  deleteOrganization(orgId: string): Promise<void>
  addMember(input: { orgId: string; userId: string; role: OrgRole }): Promise<void>
  updateMemberRole(input: { orgId: string; userId: string; role: OrgRole }): Promise<void>
  removeMember(input: { orgId: string; userId: string }): Promise<void>
}

// Clerk's built-in roles stop at admin; the owner is Portail's (kept by the sync, see
// apply-clerk-event.ts), so an owner is an admin in Clerk.
const clerkRoleOf = (role: OrgRole) => (role === 'staff' ? 'org:member' : 'org:admin')

const identityActor = { actor: 'identity', tenantId: null } as const

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows
  return []
}

export function createClerkOrganizationDirectory(options: {
  database: Database
  client: ClerkClient
}): ClerkOrganizationDirectory {
  const { database, client } = options
  const clerkUserIdOf = async (userId: string) => {
    const result = await database.withTenant(identityActor, (tx) =>
      tx.execute(sql`select portail_private.clerk_user_id(${userId}::uuid) as v`),
    )
    const [row] = rowsOf(result)
    const id = typeof row === 'object' && row !== null && 'v' in row && typeof row.v === 'string' ? row.v : null
    // Under Clerk every signed-in person is a Clerk user; anything else is a bug worth stopping on.
    if (!id) throw new Error(`user ${userId} is not a Clerk user; cannot act on a Clerk organization for them`)
    return id
  }
  const status = (error: unknown) => (isClerkAPIResponseError(error) ? error.status : null)
  return {
    async createOrganization({ name, slug, createdByUserId }) {
      const createdBy = await clerkUserIdOf(createdByUserId)
      // Marked, so that its webhooks (which may arrive before our transaction commits) and a session
      // naming it leave the tenant to this onboarding instead of creating one of their own.
      const organization = await client.organizations.createOrganization({
        name,
        slug,
        createdBy,
        publicMetadata: startedInPortailMetadata,
      })
      return { orgId: organization.id }
    },
    async deleteOrganization(orgId) {
      try {
        await client.organizations.deleteOrganization(orgId)
      } catch (error) {
        // Already gone: the compensation has nothing left to undo.
        if (status(error) !== 404) throw error
      }
    },
    async addMember({ orgId, userId, role }) {
      const target = { organizationId: orgId, userId: await clerkUserIdOf(userId), role: clerkRoleOf(role) }
      try {
        await client.organizations.createOrganizationMembership(target)
      } catch (error) {
        // Already a member (Clerk answers 422 or 409): make the role the one just granted.
        const code = status(error)
        if (code !== 422 && code !== 409) throw error
        await client.organizations.updateOrganizationMembership(target)
      }
    },
    async updateMemberRole({ orgId, userId, role }) {
      const target = { organizationId: orgId, userId: await clerkUserIdOf(userId), role: clerkRoleOf(role) }
      try {
        await client.organizations.updateOrganizationMembership(target)
      } catch (error) {
        // Not a member there (a membership made before the organization existed, or removed in the
        // Clerk dashboard): make it one, so Clerk agrees with the team page.
        if (status(error) !== 404) throw error
        await client.organizations.createOrganizationMembership(target)
      }
    },
    async removeMember({ orgId, userId }) {
      try {
        await client.organizations.deleteOrganizationMembership({
          organizationId: orgId,
          userId: await clerkUserIdOf(userId),
        })
      } catch (error) {
        // Already gone there: the person is off the organization, as asked.
        if (status(error) !== 404) throw error
      }
    },
  }
}
