import { z } from 'zod'

/** The channel the notifications trigger (migration 0048) sends on. */
export const notificationsChannel = 'portail_notifications'

/**
 * What a NOTIFY says: ids only (tenant, recipient kind, recipient id: a client id or a user id,
 * notification id). It is a hint that something arrived, never the notification itself: the
 * subscriber reads that through its own context.
 */
export interface NotificationPing {
  tenantId: string
  recipientKind: 'client' | 'staff'
  recipientId: string
  id: string
}

const payloadSchema = z.object({
  t: z.uuid(),
  k: z.enum(['client', 'staff']),
  r: z.uuid(),
  id: z.uuid(),
})

/** The ping a NOTIFY payload carries, or null for anything else (never thrown at the listener). */
export function parseNotificationPing(payload: string): NotificationPing | null {
  let json: unknown
  try {
    json = JSON.parse(payload)
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(json)
  if (!parsed.success) return null
  return { tenantId: parsed.data.t, recipientKind: parsed.data.k, recipientId: parsed.data.r, id: parsed.data.id }
}

/** The key a ping and a subscriber share when they are about the same recipient. */
export const recipientKey = (tenantId: string, kind: 'client' | 'staff', recipientId: string) =>
  `${tenantId}:${kind}:${recipientId}`
