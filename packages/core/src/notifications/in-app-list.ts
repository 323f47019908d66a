import type { Tx } from '@portail/db'
import { notifications } from '@portail/db/schema'
import { and, desc, lt } from 'drizzle-orm'
import { z } from 'zod'
import { decodeCursor, type Page, toPage } from '../cursor'
import { type InAppNotification, type InAppRecipient, inAppColumns, ownedBy } from './in-app-recipient'

export interface ListNotificationsParams {
  cursor?: string | undefined
  limit: number
}

// Ids are UUIDv7: ordered by creation, so the id alone is the keyset.
const cursorSchema = z.uuid()

/** The recipient's notifications, newest first, a page at a time. */
export async function listNotifications(
  tx: Tx,
  recipient: InAppRecipient,
  input: ListNotificationsParams,
): Promise<Page<InAppNotification>> {
  const filters = ownedBy(recipient)
  if (input.cursor) filters.push(lt(notifications.id, decodeCursor(input.cursor, cursorSchema)))
  const rows = await tx
    .select(inAppColumns)
    .from(notifications)
    .where(and(...filters))
    .orderBy(desc(notifications.id))
    .limit(input.limit + 1)
  return toPage(rows, input.limit, (row) => row.id)
}
