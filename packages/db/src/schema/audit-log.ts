import { sql } from 'drizzle-orm'
import { foreignKey, index, jsonb, pgTable, primaryKey, text, uuid } from 'drizzle-orm/pg-core'
import {
  clerkSyncRole,
  clientRole,
  holdReleaseRole,
  onboardingRole,
  operatorRole,
  staffRole,
  systemRole,
} from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * Append-only record of who did what in a tenant. No actor holds UPDATE or DELETE, and a trigger
 * refuses them even to the owner. `client_id` names the client an entry is about, so a client's
 * own activity feed can be read from here.
 *
 * - staff read and append their tenant's entries;
 * - a client reads and appends entries about itself only;
 * - workflows and operators append (operators act inside the tenant they target);
 * - portail_private.create_tenant appends the new business's first entry (INSERT only);
 * - Clerk sync appends what it changed in a tenant (INSERT only);
 * - the unpaid-hold sweep appends booking.hold_expired to the hold's business (INSERT only).
 */
export const auditLog = pgTable(
  'audit_log',
  {
    tenantId: tenantId(),
    id: id(),
    actorUserId: uuid('actor_user_id'),
    actorRole: text('actor_role').notNull(),
    action: text('action').notNull(),
    entityType: text('entity_type').notNull(),
    entityId: uuid('entity_id'),
    clientId: uuid('client_id'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: createdAt(),
  },
  (t) => [
    primaryKey({ name: 'audit_log_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'audit_log_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    index('audit_log_tenant_created_idx').on(t.tenantId, t.createdAt.desc()),
    index('audit_log_tenant_client_idx').on(t.tenantId, t.clientId, t.createdAt.desc()),
    rowPolicy(
      'audit_log_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy('audit_log_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('audit_log_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('audit_log_operator', operatorRole, isCurrentTenant(t.tenantId)),
    rowPolicy('audit_log_onboarding', onboardingRole, sql`true`),
    rowPolicy('audit_log_clerk_sync', clerkSyncRole, sql`true`),
    rowPolicy('audit_log_hold_release', holdReleaseRole, sql`true`),
  ],
)
