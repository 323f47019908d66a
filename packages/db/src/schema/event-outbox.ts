import { sql } from 'drizzle-orm'
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { clientRole, operatorRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * Transactional outbox: a domain change writes its event here in the same transaction, and a
 * relay delivers it (the event id is the outbox id, so redelivery is deduplicated downstream).
 *
 * - staff, clients and operators append events of their tenant (they cannot read them back);
 * - workflows (the relay) read, append and mark delivery.
 */
export const eventOutbox = pgTable(
  'event_outbox',
  {
    tenantId: tenantId(),
    id: id(),
    name: text('name').notNull(),
    payload: jsonb('payload').$type<Record<string, unknown>>().notNull(),
    createdAt: createdAt(),
    deliveredAt: timestamp('delivered_at', { withTimezone: true }),
    attempts: integer('attempts').notNull().default(0),
    lastError: text('last_error'),
  },
  (t) => [
    primaryKey({ name: 'event_outbox_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'event_outbox_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    index('event_outbox_pending_idx')
      .on(t.tenantId, t.createdAt)
      .where(sql`${t.deliveredAt} is null`),
    rowPolicy('event_outbox_client', clientRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_operator', operatorRole, isCurrentTenant(t.tenantId)),
  ],
)
