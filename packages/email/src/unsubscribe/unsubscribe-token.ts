import { createHmac, timingSafeEqual } from 'node:crypto'
import { type NotificationTopic, notificationTopics } from '@portail/db/schema'
import { z } from 'zod'

/**
 * The kinds of message one can unsubscribe from by email: the topics of a client's preferences
 * (essential mail has no link).
 */
export const unsubscribeTopics = notificationTopics
export type UnsubscribeTopic = NotificationTopic

/** What an unsubscribe link asks: stop this client of this business receiving this topic by email. */
export interface UnsubscribeClaims {
  tenantId: string
  clientId: string
  topic: UnsubscribeTopic
  /** The language of the confirmation page (the message's own). */
  locale: 'fr' | 'en'
}

const payloadSchema = z.object({
  t: z.uuid(),
  c: z.uuid(),
  p: z.enum(unsubscribeTopics),
  l: z.enum(['fr', 'en']),
})

// A purpose prefix: a MAC made for another use of the same key can never pass as this one.
const sign = (secret: string, payload: string) =>
  createHmac('sha256', secret).update(`portail-unsubscribe:v1:${payload}`).digest('base64url')

/**
 * `<payload>.<mac>`, both base64url: the payload names tenant, client, topic and language; the
 * HMAC-SHA256 under the deployment's key makes it unforgeable. No expiry: a mail read months
 * later must still unsubscribe (RFC 8058, CASL: an opt-out works for at least 60 days).
 */
export function createUnsubscribeToken(claims: UnsubscribeClaims, secret: string): string {
  const payload = Buffer.from(
    JSON.stringify({ t: claims.tenantId, c: claims.clientId, p: claims.topic, l: claims.locale }),
  ).toString('base64url')
  return `${payload}.${sign(secret, payload)}`
}

/** The claims of a token this key signed, or null for anything else (tampered, truncated, another key). */
export function verifyUnsubscribeToken(token: string, secret: string): UnsubscribeClaims | null {
  if (token.length > 512) return null
  const [payload, mac, ...rest] = token.split('.')
  if (!payload || !mac || rest.length > 0) return null
  const expected = Buffer.from(sign(secret, payload))
  const given = Buffer.from(mac)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'))
  } catch {
    return null
  }
  const parsed = payloadSchema.safeParse(decoded)
  if (!parsed.success) return null
  return { tenantId: parsed.data.t, clientId: parsed.data.c, topic: parsed.data.p, locale: parsed.data.l }
}
