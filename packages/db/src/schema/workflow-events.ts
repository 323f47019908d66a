import { sql } from 'drizzle-orm'
import { jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { workflowEngineRole } from './actor-roles'
import { tenantId } from './columns'
import { rowPolicy } from './row-policy'

/**
 * The events the embedded workflow engine received, one row per event id in a tenant: the outbox
 * relay sends each outbox row with its outbox id as the event id, so a redelivered event hits the
 * primary key and is ignored (insert … on conflict do nothing), and starts no second run.
 *
 * No foreign key to tenants: platform events (cron) carry `platformTenantId`, which names no
 * business. Only the engine (portail_workflow_engine) reads and writes them; it sees every tenant's
 * events because it runs outside any tenant, and its functions do tenant work as the system actor.
 */
export const workflowEvents = pgTable(
  'workflow_events',
  {
    tenantId: tenantId(),
    id: text('id').notNull(),
    name: text('name').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    /** When the event happened (the outbox row's time), as the sender says. */
    ts: timestamp('ts', { withTimezone: true }).notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'workflow_events_pkey', columns: [t.tenantId, t.id] }),
    rowPolicy('workflow_events_workflow_engine', workflowEngineRole, sql`true`),
  ],
)
