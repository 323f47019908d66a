import { notifications } from '@portail/db/schema'
import { eq, type SQL } from 'drizzle-orm'

/**
 * Who reads a list of in-app notifications: a client of the business (its client record) or a
 * member of its team (their user id). The API builds it from the caller's checked context only.
 */
export type InAppRecipient =
  { kind: 'client'; tenantId: string; clientId: string } | { kind: 'staff'; tenantId: string; userId: string }

/**
 * The recipient's own rows. Row-level security already shows a client or staff member nothing
 * else; the filter says so again and lets the partial indexes (tenant, recipient, id desc) serve
 * every read.
 */
export function ownedBy(recipient: InAppRecipient): SQL[] {
  return recipient.kind === 'client'
    ? [
        eq(notifications.tenantId, recipient.tenantId),
        eq(notifications.recipientKind, 'client'),
        eq(notifications.clientId, recipient.clientId),
      ]
    : [
        eq(notifications.tenantId, recipient.tenantId),
        eq(notifications.recipientKind, 'staff'),
        eq(notifications.userId, recipient.userId),
      ]
}

/** What a reader gets of a notification: no recipient ids, no tenant id. */
export interface InAppNotification {
  id: string
  /** The message it stands for (a template name: booking-confirmed, booking-reminder, ...). */
  kind: string
  /** What rendering it needs in any language (service names, times as ISO strings, ids). */
  params: Record<string, unknown>
  bookingId: string | null
  /** A path inside the app, if the notification leads somewhere. */
  link: string | null
  readAt: Date | null
  createdAt: Date
}

export const inAppColumns = {
  id: notifications.id,
  kind: notifications.kind,
  params: notifications.params,
  bookingId: notifications.bookingId,
  link: notifications.link,
  readAt: notifications.readAt,
  createdAt: notifications.createdAt,
}
