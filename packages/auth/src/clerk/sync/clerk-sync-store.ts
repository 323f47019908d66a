import type { Tx } from '@portail/db'
import { clerkWebhookDeliveries } from '@portail/db/schema'
import { type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { OrgRole } from '../org-role'
import type { ClerkOrganizationRecord, ClerkUserRecord, ClerkUserStub } from '../clerk-records'

/*
 * The database side of Clerk sync: one call per portail_private.clerk_* function (see
 * drizzle/0015_clerk_sync_security.sql), each run by the identity actor inside the caller's
 * transaction. Nothing here reaches a table directly except the delivery log.
 */

/** Why an entry was written, stored with each audit row. */
export type SyncSource = { source: 'session' } | { source: 'webhook'; deliveryId: string; eventType: string }

function rowsOf(result: unknown): unknown[] {
  if (Array.isArray(result)) return result
  if (typeof result === 'object' && result !== null && 'rows' in result && Array.isArray(result.rows))
    return result.rows
  throw new Error('unexpected query result shape')
}

async function rows<T extends z.ZodType>(tx: Tx, schema: T, statement: SQL): Promise<z.infer<T>[]> {
  return z.array(schema).parse(rowsOf(await tx.execute(statement)))
}

const value = z.object({ v: z.string().nullable() })
async function scalar(tx: Tx, statement: SQL): Promise<string | null> {
  const [row] = await rows(tx, value, statement)
  return row?.v ?? null
}

const json = (source: SyncSource) => sql`${JSON.stringify(source)}::jsonb`
const stamp = (date: Date | null) => (date ? date.toISOString() : null)

const identityRow = z.object({
  user_id: z.string(),
  email: z.string(),
  name: z.string(),
  locale: z.enum(['fr', 'en']).nullable(),
  platform_role: z.literal('operator').nullable(),
  synced: z.boolean(),
  deleted: z.boolean(),
  tenant_id: z.string().nullable(),
  member_role: z.enum(['owner', 'admin', 'staff']).nullable(),
})
export type ClerkIdentityRow = z.infer<typeof identityRow>

/** The user mirroring a Clerk user, the tenant of an organization and the user's membership there. */
export async function readClerkIdentity(
  tx: Tx,
  clerkUserId: string,
  orgId: string | null,
): Promise<ClerkIdentityRow | null> {
  const [row] = await rows(
    tx,
    identityRow,
    sql`select user_id::text, email, name, locale::text, platform_role::text, synced, deleted, tenant_id::text, member_role::text
        from portail_private.clerk_identity(${clerkUserId}, ${orgId})`,
  )
  return row ?? null
}

/** Creates or refreshes a user; a stub never overwrites. Null when the user was deleted. */
export function upsertClerkUser(tx: Tx, user: ClerkUserRecord | ClerkUserStub, source: SyncSource) {
  const full = 'updatedAt' in user ? user : null
  return scalar(
    tx,
    sql`select portail_private.clerk_upsert_user(${user.clerkUserId}, ${full?.email ?? null}, ${user.name},
          ${full?.locale ?? null}, ${full?.operator ? 'operator' : null}, ${stamp(full?.updatedAt ?? null)}::timestamptz,
          ${json(source)})::text as v`,
  )
}

/** Renames the tenant of an organization from newer data; null when the organization has no tenant yet. */
export function updateClerkOrganization(tx: Tx, organization: ClerkOrganizationRecord) {
  return scalar(
    tx,
    sql`select portail_private.clerk_update_organization(${organization.orgId}, ${organization.name},
          ${stamp(organization.updatedAt)}::timestamptz)::text as v`,
  )
}

export const isSlugTaken = async (tx: Tx, slug: string) =>
  (await scalar(tx, sql`select portail_private.slug_is_taken(${slug})::text as v`)) === 'true'

/**
 * Creates the tenant of an organization through portail_private.create_tenant (the onboarding
 * function): the transaction's user (withTenant userId) becomes its owner.
 */
export function createTenantForOrganization(tx: Tx, organization: ClerkOrganizationRecord, slug: string) {
  return scalar(
    tx,
    sql`select portail_private.create_tenant(${slug}, ${organization.name}, 'other', 'America/Toronto', 'fr',
          ${organization.orgId}, 'identity_provider')::text as v`,
  )
}

export function upsertClerkMembership(
  tx: Tx,
  input: { orgId: string; clerkUserId: string; role: OrgRole; updatedAt: Date | null; actorUserId: string | null },
  source: SyncSource,
) {
  return scalar(
    tx,
    sql`select portail_private.clerk_upsert_membership(${input.orgId}, ${input.clerkUserId}, ${input.role},
          ${stamp(input.updatedAt)}::timestamptz, ${input.actorUserId}::uuid, ${json(source)})::text as v`,
  )
}

/**
 * Removes a membership and remembers when (Clerk's updated_at of the removed membership), so older
 * membership data arriving later is refused.
 */
export async function deleteClerkMembership(
  tx: Tx,
  input: { orgId: string; clerkUserId: string; removedAt: Date | null; reason: string },
  source: SyncSource,
) {
  const removed = await scalar(
    tx,
    sql`select portail_private.clerk_delete_membership(${input.orgId}, ${input.clerkUserId},
          ${stamp(input.removedAt)}::timestamptz, ${input.reason}, ${json(source)})::text as v`,
  )
  return removed === 'true'
}

/** Whether Clerk deleted this organization (no tenant is ever created for it then). */
export const isClerkOrganizationRemoved = async (tx: Tx, orgId: string) =>
  (await scalar(tx, sql`select portail_private.clerk_organization_removed(${orgId})::text as v`)) === 'true'

export const deleteClerkUser = (tx: Tx, clerkUserId: string, source: SyncSource) =>
  scalar(tx, sql`select portail_private.clerk_delete_user(${clerkUserId}, ${json(source)})::text as v`)

export const suspendClerkOrganization = (tx: Tx, orgId: string, reason: string, source: SyncSource) =>
  scalar(tx, sql`select portail_private.clerk_suspend_organization(${orgId}, ${reason}, ${json(source)})::text as v`)

/** Records a delivery; false when it was recorded before (a replay). */
export async function recordDelivery(tx: Tx, deliveryId: string, eventType: string): Promise<boolean> {
  const inserted = await tx
    .insert(clerkWebhookDeliveries)
    .values({ deliveryId, eventType })
    .onConflictDoNothing()
    .returning({ deliveryId: clerkWebhookDeliveries.deliveryId })
  return inserted.length > 0
}
