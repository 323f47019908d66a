import { sql } from 'drizzle-orm'
import { pgTable, text } from 'drizzle-orm/pg-core'
import { identityRole } from './actor-roles'
import { createdAt } from './columns'
import { rowPolicy } from './row-policy'

/**
 * Clerk webhook deliveries already applied, by svix-id (the same on every retry of a delivery).
 * The row is inserted in the transaction that applies the event, so a replay finds it and
 * changes nothing, and a failed application leaves no row and is retried.
 *
 * - global: a delivery names an organization or a user, not a tenant context; only the identity
 *   service reaches it (insert and read back, never update or delete).
 */
export const clerkWebhookDeliveries = pgTable(
  'clerk_webhook_deliveries',
  {
    deliveryId: text('delivery_id').primaryKey(),
    eventType: text('event_type').notNull(),
    createdAt: createdAt(),
  },
  () => [rowPolicy('clerk_webhook_deliveries_identity', identityRole, sql`true`)],
)
