import type { Database, Tx } from '@portail/db'
import { clients, messageDeliveries, providerWebhookEvents } from '@portail/db/schema'
import type { ResendWebhookEvent } from '@portail/email/resend-webhook'
import { and, eq, sql } from 'drizzle-orm'

export type ResendDeliveryOutcome = 'applied' | 'replayed' | 'ignored' | 'unknown-message' | 'superseded'

type DeliveryStatus = (typeof messageDeliveries.$inferSelect)['status']

/** The statuses a Resend event moves a delivery to. */
const statusByType: Record<string, Extract<DeliveryStatus, 'sent' | 'delivered' | 'bounced' | 'complained'>> = {
  'email.sent': 'sent',
  'email.delivered': 'delivered',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
}

/**
 * How far along a message is: an event never moves a delivery back. A `delivered` that arrives
 * after `bounced` (webhooks are not ordered) leaves the bounce; a complaint after delivery is news.
 * Two events of the same rank keep the first one applied.
 */
const rank: Record<DeliveryStatus, number> = {
  queued: 0,
  deferred: 0,
  skipped: 0,
  sent: 1,
  delivered: 2,
  failed: 3,
  bounced: 3,
  complained: 3,
}

const addressesOf = (data: Record<string, unknown>): string[] => {
  const to = data.to
  const list = Array.isArray(to) ? to : typeof to === 'string' ? [to] : []
  return list.filter((value): value is string => typeof value === 'string').map((value) => value.trim().toLowerCase())
}

/**
 * Bounces and complaints flag the client's address, if it is still the one the message went to (a
 * client who changed it since is not flagged). The flag holds the latest such event's time: this
 * actor may write the column, not read it.
 */
async function flagAddress(tx: Tx, delivery: { tenantId: string; clientId: string | null }, to: string[], at: Date) {
  if (!delivery.clientId) return
  const [client] = await tx
    .select({ email: clients.email })
    .from(clients)
    .where(and(eq(clients.tenantId, delivery.tenantId), eq(clients.id, delivery.clientId)))
  if (!client?.email || !to.includes(client.email.toLowerCase())) return
  await tx
    .update(clients)
    .set({ emailBouncedAt: at })
    .where(and(eq(clients.tenantId, delivery.tenantId), eq(clients.id, delivery.clientId)))
}

/**
 * Applies one verified Resend event to the delivery log, once, as the provider-webhook actor
 * (portail_delivery_status: no tenant; an event names a provider message, and the delivery row it
 * finds names its tenant). In one transaction: the event id recorded (a replay hits the primary key
 * and changes nothing), the delivery found by its provider id moved forward (never back), and for a
 * bounce or complaint the client's address flagged. An event for a message Portail did not log
 * (a sign-in code) is recorded and ignored.
 */
export async function applyResendEvent(
  database: Database,
  event: ResendWebhookEvent,
  now: Date = new Date(),
): Promise<ResendDeliveryOutcome> {
  return database.withTenant({ actor: 'deliveryStatus', tenantId: null }, async (tx) => {
    const [fresh] = await tx
      .insert(providerWebhookEvents)
      .values({ provider: 'resend', eventId: event.deliveryId })
      .onConflictDoNothing()
      .returning({ eventId: providerWebhookEvents.eventId })
    if (!fresh) return 'replayed'
    const status = statusByType[event.type]
    const messageId = event.data.email_id
    if (!status || typeof messageId !== 'string' || messageId === '') return 'ignored'
    const parsed = event.createdAt ? new Date(event.createdAt) : now
    const at = Number.isNaN(parsed.getTime()) ? now : parsed
    const rows = await tx
      .select({
        tenantId: messageDeliveries.tenantId,
        id: messageDeliveries.id,
        status: messageDeliveries.status,
        clientId: messageDeliveries.clientId,
      })
      .from(messageDeliveries)
      .where(and(eq(messageDeliveries.providerMessageId, messageId), eq(messageDeliveries.channel, 'email')))
    if (rows.length === 0) return 'unknown-message'
    let outcome: ResendDeliveryOutcome = 'superseded'
    for (const row of rows) {
      if ((status === 'bounced' || status === 'complained') && row.status !== status) {
        await flagAddress(tx, row, addressesOf(event.data), at)
      }
      if (rank[status] <= rank[row.status]) continue
      await tx
        .update(messageDeliveries)
        .set({
          status,
          statusAt: at,
          ...(status === 'delivered' ? { deliveredAt: at } : {}),
          ...(status === 'bounced' || status === 'complained' ? { lastError: `resend: ${event.type}` } : {}),
          updatedAt: sql`now()`,
        })
        .where(and(eq(messageDeliveries.tenantId, row.tenantId), eq(messageDeliveries.id, row.id)))
      outcome = 'applied'
    }
    return outcome
  })
}
