import { sql } from 'drizzle-orm'
import { pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core'
import { deliveryStatusRole } from './actor-roles'
import { rowPolicy } from './row-policy'

/**
 * Each provider webhook event applied (Resend's svix id, Twilio's message SID and status): the
 * handler inserts here in the transaction that applies the event, so a replayed event hits the
 * primary key and changes nothing. Platform table: an event names no tenant. Only provider webhooks
 * (portail_delivery_status) read and insert it.
 */
export const providerWebhookEvents = pgTable(
  'provider_webhook_events',
  {
    provider: text('provider').notNull(),
    eventId: text('event_id').notNull(),
    receivedAt: timestamp('received_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ name: 'provider_webhook_events_pkey', columns: [t.provider, t.eventId] }),
    rowPolicy('provider_webhook_events_delivery_status', deliveryStatusRole, sql`true`),
  ],
)
