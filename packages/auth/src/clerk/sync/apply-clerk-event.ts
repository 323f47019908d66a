import type { Database, Tx } from '@portail/db'
import { clerkWebhookDeliveries } from '@portail/db/schema'
import { eq } from 'drizzle-orm'
import {
  type ClerkOrganizationRecord,
  deletedIdFromWebhook,
  membershipRecordFromWebhook,
  organizationRecordFromWebhook,
  userRecordFromWebhook,
} from '../clerk-records'
import { mapClerkOrgRole } from '../org-role'
import {
  deleteClerkMembership,
  deleteClerkUser,
  readClerkIdentity,
  recordDelivery,
  suspendClerkOrganization,
  type SyncSource,
  updateClerkOrganization,
  upsertClerkMembership,
  upsertClerkUser,
} from './clerk-sync-store'
import { ensureOrganizationTenant, prepareOrganizationOwner } from './provision-organization'

/** A verified delivery: its svix-id, Clerk's event type and data. */
export interface ClerkDelivery {
  deliveryId: string
  type: string
  data: unknown
}

export type ClerkDeliveryOutcome = 'applied' | 'duplicate' | 'ignored'

export interface ApplyClerkEventOptions {
  isReservedSlug: (slug: string) => boolean
}

const identityActor = { actor: 'identity', tenantId: null } as const

/** Why a tenant stays suspended after its Clerk organization was deleted (shown to operators). */
export const organizationDeletedReason = 'The Clerk organization of this business was deleted.'

/**
 * Applies one Clerk webhook delivery exactly once, in any order relative to the others:
 *
 * - the delivery id is recorded in the transaction that applies its effect, so a replay (Clerk
 *   retries, or an attacker resending a captured delivery) changes nothing; a failure records
 *   nothing and Clerk's retry applies it later;
 * - data carries Clerk's updated_at, and older data never overwrites newer (the database
 *   functions compare it), so an update that arrives before its create, or a stale update after a
 *   newer one, end in the newest state;
 * - a membership that arrives before its user or organization creates them from what the
 *   membership carries (the user as a stub; the tenant owned by the organization's creator);
 * - a deleted user is unlinked everywhere and stays deleted; a deleted organization suspends its
 *   tenant (see clerk_suspend_organization for why it is never deleted).
 *
 * Steps that must happen before the recording transaction (provisioning the owner-to-be of a
 * new tenant, whose id that transaction needs in its context) are idempotent on their own.
 * Throws on database failure: the caller answers 5xx so Clerk retries.
 */
export async function applyClerkDelivery(
  database: Database,
  delivery: ClerkDelivery,
  options: ApplyClerkEventOptions,
): Promise<ClerkDeliveryOutcome> {
  const source: SyncSource = { source: 'webhook', deliveryId: delivery.deliveryId, eventType: delivery.type }
  // Replays skip the preparation too; the recording below stays the authority.
  if (await alreadyRecorded(database, delivery)) return 'duplicate'

  const once = async (ownerUserId: string | null, apply: (tx: Tx) => Promise<void>): Promise<ClerkDeliveryOutcome> =>
    database.withTenant({ ...identityActor, userId: ownerUserId }, async (tx) => {
      if (!(await recordDelivery(tx, delivery.deliveryId, delivery.type))) return 'duplicate'
      await apply(tx)
      return 'applied'
    })
  const ignore = () =>
    once(null, () => Promise.resolve()).then((outcome) => (outcome === 'applied' ? 'ignored' : outcome))

  switch (delivery.type) {
    case 'user.created':
    case 'user.updated': {
      const user = userRecordFromWebhook(delivery.data)
      if (!user) return ignore()
      return once(null, async (tx) => {
        await upsertClerkUser(tx, user, source)
      })
    }
    case 'user.deleted': {
      const clerkUserId = deletedIdFromWebhook(delivery.data)
      if (!clerkUserId) return ignore()
      return once(null, async (tx) => {
        await deleteClerkUser(tx, clerkUserId, source)
      })
    }
    case 'organization.created':
    case 'organization.updated': {
      const organization = organizationRecordFromWebhook(delivery.data)
      if (!organization) return ignore()
      const ownerId = await prepareOrganizationOwner(database, organization, null, source)
      return once(ownerId, async (tx) => {
        await tenantFor(tx, organization, ownerId, options)
      })
    }
    case 'organization.deleted': {
      const orgId = deletedIdFromWebhook(delivery.data)
      if (!orgId) return ignore()
      return once(null, async (tx) => {
        await suspendClerkOrganization(tx, orgId, organizationDeletedReason, source)
      })
    }
    case 'organizationMembership.created':
    case 'organizationMembership.updated': {
      const membership = membershipRecordFromWebhook(delivery.data)
      if (!membership) return ignore()
      const { organization, user } = membership
      const ownerId = await prepareOrganizationOwner(database, organization, user.clerkUserId, source)
      await database.withTenant(identityActor, (tx) => upsertClerkUser(tx, user, source))
      return once(ownerId, async (tx) => {
        const tenantId = await tenantFor(tx, organization, ownerId, options)
        if (!tenantId) return
        const role = mapClerkOrgRole(membership.clerkRole)
        const target = { orgId: organization.orgId, clerkUserId: user.clerkUserId }
        if (!role) {
          // A Clerk role Portail does not know grants nothing here.
          const reason = `unmapped Clerk role ${membership.clerkRole}`
          await deleteClerkMembership(tx, { ...target, removedAt: membership.updatedAt, reason }, source)
          return
        }
        const current = await readClerkIdentity(tx, user.clerkUserId, organization.orgId)
        // Clerk's built-in roles stop at admin: an owner (the business's creator, or one made
        // owner in Portail) stays owner while Clerk says admin, and steps down only to member.
        const kept = current?.member_role === 'owner' && role === 'admin' ? 'owner' : role
        await upsertClerkMembership(
          tx,
          { ...target, role: kept, updatedAt: membership.updatedAt, actorUserId: null },
          source,
        )
      })
    }
    case 'organizationMembership.deleted': {
      const membership = membershipRecordFromWebhook(delivery.data)
      if (!membership) return ignore()
      return once(null, async (tx) => {
        const target = { orgId: membership.organization.orgId, clerkUserId: membership.user.clerkUserId }
        const removal = { removedAt: membership.updatedAt, reason: 'removed from the Clerk organization' }
        await deleteClerkMembership(tx, { ...target, ...removal }, source)
      })
    }
    default:
      return ignore()
  }
}

async function tenantFor(
  tx: Tx,
  organization: ClerkOrganizationRecord,
  ownerId: string | null,
  options: ApplyClerkEventOptions,
): Promise<string | null> {
  // Without an owner (no creator known, none provisionable) an existing tenant is only renamed.
  if (!ownerId) return updateClerkOrganization(tx, organization)
  return ensureOrganizationTenant(tx, organization, options.isReservedSlug)
}

async function alreadyRecorded(database: Database, delivery: ClerkDelivery): Promise<boolean> {
  const found = await database.withTenant(identityActor, (tx) =>
    tx
      .select({ id: clerkWebhookDeliveries.deliveryId })
      .from(clerkWebhookDeliveries)
      .where(eq(clerkWebhookDeliveries.deliveryId, delivery.deliveryId)),
  )
  return found.length > 0
}
