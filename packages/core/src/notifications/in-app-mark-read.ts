import type { Tx } from '@portail/db'
import { notifications } from '@portail/db/schema'
import { and, eq, isNull, sql } from 'drizzle-orm'
import { DomainError } from '../errors'
import { type InAppRecipient, ownedBy } from './in-app-recipient'

/**
 * Marks one of the recipient's notifications read (already read: left as it was). Another
 * recipient's notification is not found, exactly like one that does not exist.
 */
export async function markNotificationRead(tx: Tx, recipient: InAppRecipient, id: string): Promise<void> {
  const [row] = await tx
    .update(notifications)
    .set({ readAt: sql`coalesce(${notifications.readAt}, now())` })
    .where(and(...ownedBy(recipient), eq(notifications.id, id)))
    .returning({ id: notifications.id })
  if (!row) throw new DomainError('NOT_FOUND', 'notification.notFound', { field: 'id' })
}

/** Marks every unread notification of the recipient read; returns how many changed. */
export async function markAllNotificationsRead(tx: Tx, recipient: InAppRecipient): Promise<number> {
  const rows = await tx
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(...ownedBy(recipient), isNull(notifications.readAt)))
    .returning({ id: notifications.id })
  return rows.length
}
