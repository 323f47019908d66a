import type { Database } from '@portail/db'
import { notifications } from '@portail/db/schema'

export type NotificationRecipient = { kind: 'client'; clientId: string } | { kind: 'staff'; userId: string }

/** Writes one in-app notification as the business's system actor, as workflows do; returns its id. */
export async function insertNotification(
  database: Database,
  tenantId: string,
  recipient: NotificationRecipient,
  params: Record<string, unknown> = {},
  kind = 'booking-confirmed',
): Promise<string> {
  const [row] = await database.withTenant({ actor: 'system', tenantId }, (tx) =>
    tx
      .insert(notifications)
      .values({
        tenantId,
        recipientKind: recipient.kind,
        clientId: recipient.kind === 'client' ? recipient.clientId : null,
        userId: recipient.kind === 'staff' ? recipient.userId : null,
        kind,
        params,
      })
      .returning({ id: notifications.id }),
  )
  if (!row) throw new Error('notification not inserted')
  return row.id
}

/**
 * A feed event as a server-side caller gets it: the generator's own `tracked(id, row)` envelope
 * (an array; the SSE stream turns it into the event's id and data, which is what the caller's
 * type describes).
 */
export function trackedEvent(event: unknown): { id: string; row: Record<string, unknown> } {
  if (!Array.isArray(event)) throw new Error('not a tracked event')
  const envelope: unknown[] = event
  const [id, row] = envelope
  if (typeof id !== 'string' || typeof row !== 'object' || row === null) throw new Error('not a tracked event')
  return { id, row: { ...row } }
}

/** The next event of a subscription: its id and row. */
export async function nextEvent(
  iterator: AsyncIterator<unknown>,
): Promise<{ id: string; row: Record<string, unknown> }> {
  const result = await iterator.next()
  if (result.done === true) throw new Error('the subscription ended')
  return trackedEvent(result.value)
}
