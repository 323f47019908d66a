import type { Tx } from '@portail/db'
import { notifications } from '@portail/db/schema'
import { and, isNull, sql } from 'drizzle-orm'
import { type InAppRecipient, ownedBy } from './in-app-recipient'

/** The bell shows "99+" past this; counting further would only cost time. */
export const unreadCountCap = 100

/** How many of the recipient's notifications are unread, counted up to `unreadCountCap`. */
export async function countUnreadNotifications(tx: Tx, recipient: InAppRecipient): Promise<number> {
  const unread = tx
    .select({ one: sql`1` })
    .from(notifications)
    .where(and(...ownedBy(recipient), isNull(notifications.readAt)))
    .limit(unreadCountCap)
    .as('unread')
  const [row] = await tx.select({ count: sql<number>`count(*)::int` }).from(unread)
  return row?.count ?? 0
}
