import { sql } from 'drizzle-orm'
import { check, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core'
import { clientRole, staffRole, systemRole } from './actor-roles'
import { id, tenantId } from './columns'
import { currentClientId, isCurrentTenant } from './context'
import { clients } from './clients'
import { rowPolicy } from './row-policy'
import { users } from './users'

/**
 * What a client agreed to, and when (Quebec Law 25; for `sms` and `marketing`, Canada's CASL): one row per acceptance, never changed or
 * deleted (no role holds UPDATE or DELETE). `version` is the business's privacy notice version at
 * the time; a later version is a new row. The client's row cannot be deleted while its consents
 * exist (no cascade): erasure anonymises, it does not erase the evidence.
 *
 * - a client reads its own records, and records its own consent to SMS (or its withdrawal) from
 *   its preferences (INSERT: the policy pins the row to its own client);
 * - staff read their tenant's records;
 * - the portal's join step records them as the tenant's system actor (the person is not a client
 *   yet when it starts), after core has checked the identity.
 */
export const consentRecords = pgTable(
  'consent_records',
  {
    tenantId: tenantId(),
    id: id(),
    clientId: uuid('client_id').notNull(),
    /** The signed-in user who accepted. */
    userId: uuid('user_id'),
    kind: text('kind').notNull(),
    version: text('version').notNull(),
    acceptedAt: timestamp('accepted_at', { withTimezone: true }).notNull().defaultNow(),
    userAgent: text('user_agent'),
    ipAddress: text('ip_address'),
  },
  (t) => [
    primaryKey({ name: 'consent_records_pkey', columns: [t.tenantId, t.id] }),
    check('consent_records_kind', sql`${t.kind} in ('privacy_notice', 'sms', 'marketing')`),
    foreignKey({
      name: 'consent_records_client_fk',
      columns: [t.tenantId, t.clientId],
      foreignColumns: [clients.tenantId, clients.id],
    }),
    foreignKey({ name: 'consent_records_user_fk', columns: [t.userId], foreignColumns: [users.id] }).onDelete(
      'set null',
    ),
    index('consent_records_tenant_client_idx').on(t.tenantId, t.clientId, t.acceptedAt.desc()),
    rowPolicy(
      'consent_records_client',
      clientRole,
      sql`${isCurrentTenant(t.tenantId)} and ${t.clientId} = ${currentClientId}`,
    ),
    rowPolicy('consent_records_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('consent_records_system', systemRole, isCurrentTenant(t.tenantId)),
  ],
)
