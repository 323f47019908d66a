import type { Tx } from '@portail/db'
import { notifications } from '@portail/db/schema'
import { and, asc, desc, gt } from 'drizzle-orm'
import { type InAppNotification, type InAppRecipient, inAppColumns, ownedBy } from './in-app-recipient'

/**
 * The recipient's notifications after `afterId`, oldest first, at most `limit`: what a live
 * subscriber has not seen yet (ids are UUIDv7, so "after" is "created later").
 */
export async function notificationsAfter(
  tx: Tx,
  recipient: InAppRecipient,
  afterId: string,
  limit: number,
): Promise<InAppNotification[]> {
  return tx
    .select(inAppColumns)
    .from(notifications)
    .where(and(...ownedBy(recipient), gt(notifications.id, afterId)))
    .orderBy(asc(notifications.id))
    .limit(limit)
}

/** The id of the recipient's newest notification, or null: where a fresh subscriber starts. */
export async function newestNotificationId(tx: Tx, recipient: InAppRecipient): Promise<string | null> {
  const [row] = await tx
    .select({ id: notifications.id })
    .from(notifications)
    .where(and(...ownedBy(recipient)))
    .orderBy(desc(notifications.id))
    .limit(1)
  return row?.id ?? null
}
