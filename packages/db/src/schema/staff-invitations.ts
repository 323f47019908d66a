import { sql } from 'drizzle-orm'
import {
  check,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core'
import { staffRole, systemRole } from './actor-roles'
import { citext, createdAt, id, tenantId, updatedAt } from './columns'
import { isCurrentTenant } from './context'
import { membershipRoleEnum } from './enums'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'
import { users } from './users'

/**
 * Invitations to join a business's team. The link carries a random token; only its SHA-256 hash
 * is stored, so a leaked table row cannot be turned into a working link. One pending invitation
 * per email per business (accepted or revoked ones stay as history).
 *
 * - staff read and manage their tenant's invitations (owner/admin only, and only an owner may
 *   invite an admin: checked by the API and core, not here);
 * - the acceptance page runs as the tenant's system actor after core has matched the token hash
 *   and the signed-in email: the invitee is not a member yet, so no role of theirs could write the
 *   membership (docs/architecture.md, Onboarding and invitations);
 * - visitors and clients see none.
 */
export const staffInvitations = pgTable(
  'staff_invitations',
  {
    tenantId: tenantId(),
    id: id(),
    email: citext('email').notNull(),
    role: membershipRoleEnum('role').notNull(),
    tokenHash: text('token_hash').notNull(),
    invitedByUserId: uuid('invited_by_user_id'),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }),
    acceptedByUserId: uuid('accepted_by_user_id'),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    createdAt: createdAt(),
    updatedAt: updatedAt(),
  },
  (t) => [
    primaryKey({ name: 'staff_invitations_pkey', columns: [t.tenantId, t.id] }),
    unique('staff_invitations_tenant_token_key').on(t.tenantId, t.tokenHash),
    uniqueIndex('staff_invitations_pending_email_key')
      .on(t.tenantId, t.email)
      .where(sql`accepted_at is null and revoked_at is null`),
    // Owners come from creating the business, never from an invitation.
    check('staff_invitations_role', sql`${t.role} in ('admin', 'staff')`),
    foreignKey({ name: 'staff_invitations_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    foreignKey({
      name: 'staff_invitations_invited_by_fk',
      columns: [t.invitedByUserId],
      foreignColumns: [users.id],
    }).onDelete('set null'),
    foreignKey({
      name: 'staff_invitations_accepted_by_fk',
      columns: [t.acceptedByUserId],
      foreignColumns: [users.id],
    }).onDelete('set null'),
    index('staff_invitations_tenant_created_idx').on(t.tenantId, t.createdAt.desc()),
    rowPolicy('staff_invitations_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('staff_invitations_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
