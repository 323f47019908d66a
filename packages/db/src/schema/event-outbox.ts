import { sql } from 'drizzle-orm'
import { foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { clientRole, holdReleaseRole, operatorRole, outboxRelayRole, staffRole, systemRole } from './actor-roles'
import { createdAt, id, tenantId } from './columns'
import { isCurrentTenant } from './context'
import { rowPolicy } from './row-policy'
import { tenants } from './tenants'

/**
 * Transactional outbox: a domain change writes its event here in the same transaction, and a
 * relay delivers it (the event id is the outbox id, so redelivery is deduplicated downstream).
 *
 * - staff, clients and operators append events of their tenant (they cannot read them back);
 * - workflows read, append and mark delivery in their tenant;
 * - the outbox relay (portail_outbox_relay) sees every tenant's rows (it runs outside any tenant
 *   and delivers them all; a predicate on delivered_at would refuse the very update that records
 *   a delivery): its grants read what an event is made of and record attempts, the next attempt
 *   (backoff, so one poisoned row never blocks the others) and the delivery;
 * - the unpaid-hold sweep (portail_hold_release) appends booking/cancelled to the hold's business
 *   (INSERT only).
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
    nextAttemptAt: timestamp('next_attempt_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'event_outbox_pkey', columns: [t.tenantId, t.id] }),
    foreignKey({ name: 'event_outbox_tenant_fk', columns: [t.tenantId], foreignColumns: [tenants.id] }).onDelete(
      'cascade',
    ),
    index('event_outbox_pending_idx')
      .on(t.tenantId, t.createdAt)
      .where(sql`${t.deliveredAt} is null`),
    index('event_outbox_due_idx')
      .on(t.nextAttemptAt)
      .where(sql`${t.deliveredAt} is null`),
    rowPolicy('event_outbox_outbox_relay', outboxRelayRole, sql`true`),
    rowPolicy('event_outbox_hold_release', holdReleaseRole, sql`true`),
    rowPolicy('event_outbox_client', clientRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_staff', staffRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy('event_outbox_operator', operatorRole, isCurrentTenant(t.tenantId)),
  ],
)
