import { sql } from 'drizzle-orm'
import { index, jsonb, pgTable, text, uuid } from 'drizzle-orm/pg-core'
import { clerkSyncRole, onboardingRole, operatorRole } from './actor-roles'
import { createdAt, id } from './columns'
import { currentUserId } from './context'
import { rowPolicy } from './row-policy'

/**
 * Append-only record of what platform operators did across tenants (reading the registry,
 * suspending a business…). Not tenant-owned: the work it records crosses tenants, so it cannot
 * live in one tenant's audit_log. `target_tenant_id` names the business acted on, if any;
 * `actor_user_id` is null when the platform acted on the identity provider's word (a Clerk webhook).
 *
 * - an operator appends entries in its own name only, and reads its own entries;
 * - portail_private.create_tenant records each new business here (INSERT only);
 * - Clerk sync records what it provisioned, unlinked or suspended (INSERT only);
 * - no actor may update or delete, and a trigger refuses updates even to the owner.
 */
export const platformAuditLog = pgTable(
  'platform_audit_log',
  {
    id: id().primaryKey(),
    actorUserId: uuid('actor_user_id'),
    action: text('action').notNull(),
    targetTenantId: uuid('target_tenant_id'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    index('platform_audit_log_created_idx').on(t.createdAt.desc()),
    rowPolicy('platform_audit_log_operator', operatorRole, sql`${t.actorUserId} = ${currentUserId}`),
    rowPolicy('platform_audit_log_onboarding', onboardingRole, sql`true`),
    rowPolicy('platform_audit_log_clerk_sync', clerkSyncRole, sql`true`),
  ],
)
