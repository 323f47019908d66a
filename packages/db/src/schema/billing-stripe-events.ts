import { sql } from 'drizzle-orm'
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { paymentWebhookRole, staffRole, systemRole } from './actor-roles'
import { tenantId } from './columns'
import { isCurrentTenant } from './context'
import { stripeEventOutcomeEnum } from './enums'
import { platformTenantId } from './platform-tenant'
import { rowPolicy } from './row-policy'

/**
 * Each Stripe webhook event received, once (the primary key refuses a replay), with what became
 * of it. An event of a known connected account is recorded under its business by the system actor,
 * in the transaction that applies it; an event of the platform or of an unknown account is recorded
 * under the platform tenant (platformTenantId) by the webhook actor. No foreign key to tenants for
 * that reason (no tenant row has the platform id), as for the workflow tables: a business's rows
 * are not removed by a cascade (they hold ids, types and outcomes, nothing about a person).
 *
 * - workflows and webhooks (system) record and read their business's events;
 * - the webhook actor (portail_payment_webhook) reads and inserts platform-tenant rows only;
 * - staff read their business's events (the payments activity of the settings page).
 */
export const stripeEvents = pgTable(
  'stripe_events',
  {
    tenantId: tenantId(),
    eventId: text('event_id').notNull(),
    type: text('type').notNull(),
    /** The connected account the event came from; null for the platform's own events. */
    account: text('account'),
    outcome: stripeEventOutcomeEnum('outcome').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'stripe_events_pkey', columns: [t.tenantId, t.eventId] }),
    rowPolicy('stripe_events_system', systemRole, isCurrentTenant(t.tenantId)),
    rowPolicy(
      'stripe_events_payment_webhook',
      paymentWebhookRole,
      sql`${t.tenantId} = ${sql.raw(`'${platformTenantId}'::uuid`)}`,
    ),
    rowPolicy('stripe_events_staff', staffRole, isCurrentTenant(t.tenantId)),
  ],
)
