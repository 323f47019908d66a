import type { Tx } from '@portail/db'
import { messageDeliveries, notifications } from '@portail/db/schema'
import { queueMail } from '@portail/email'
import { and, eq, sql } from 'drizzle-orm'
import { queueSms } from '../sms'
import type { Decision } from './decide-channels'
import type { EarlierDelivery } from './load-facts'
import type { DeliveryOutcome, NotifyAttachment, NotifyRequest } from './notify-types'

/** What the write phase needs beyond the request: the rendered content, per channel that sends. */
export interface Rendered {
  locale: 'fr' | 'en'
  email: { to: string; subject: string; html: string; text: string; headers: Record<string, string> | null } | null
  sms: { to: string; body: string; segments: number } | null
}

export interface Written {
  outcomes: DeliveryOutcome[]
  /** The push delivery row to settle after commit, when push goes out. */
  pushDeliveryId: string | null
  queuedMail: boolean
  queuedSms: boolean
}

type RowStatus = (typeof messageDeliveries.$inferSelect)['status']

/** The log's status as notify() reports it: provider outcomes fold into sent and failed. */
export const outcomeStatus = (status: RowStatus): DeliveryOutcome['status'] => {
  switch (status) {
    case 'delivered':
      return 'sent'
    case 'bounced':
    case 'complained':
      return 'failed'
    default:
      return status
  }
}

export const earlierOutcome = (row: EarlierDelivery): DeliveryOutcome => ({
  channel: row.channel,
  status: outcomeStatus(row.status),
  ...(row.reason ? { reason: row.reason } : {}),
})

/** The bell's row carries ids and the words' inputs, never text: it is rendered in the reader's language. */
const inAppParams = (request: NotifyRequest): Record<string, unknown> => {
  const { props } = request
  const params: Record<string, unknown> = {
    template: request.template,
    serviceName: props.serviceName,
    start: props.start,
    end: props.end,
    timeZone: props.timeZone,
  }
  if (request.bookingId) params.bookingId = request.bookingId
  if (props.previousStart) params.previousStart = props.previousStart
  if (props.by) params.by = props.by
  if (props.leadHours !== undefined) params.leadHours = props.leadHours
  if (props.clientName) params.clientName = props.clientName
  if (props.feeCents !== undefined) params.feeCents = props.feeCents
  return params
}

/** The path of the booking's page: the bell links inside the portal it is shown in. */
const linkOf = (manageUrl: string) => {
  const url = new URL(manageUrl)
  return `${url.pathname}${url.search}`
}

/**
 * The one transaction of notify(): per channel, the delivery row (inserted, or a deferred one moved
 * on), then what that channel sends (the mail and SMS outbox rows, the in-app notification). The
 * unique dedupe key decides a race: a second writer inserts nothing and reports the first's outcome,
 * writing nothing else.
 */
export async function writeDeliveries(
  tx: Tx,
  request: NotifyRequest,
  decisions: Decision[],
  earlier: EarlierDelivery[],
  rendered: Rendered,
  addresses: { email: string | null; phone: string | null },
  attachments: NotifyAttachment[] | undefined,
): Promise<Written> {
  const written: Written = { outcomes: [], pushDeliveryId: null, queuedMail: false, queuedSms: false }
  const { recipient, tenantId } = request
  for (const decision of decisions) {
    const sends = decision.status === 'queued' || decision.status === 'sent'
    const values = {
      status: decision.status,
      skipReason: decision.reason ?? (decision.status === 'deferred' ? ('quiet_hours' as const) : null),
      toAddress: decision.channel === 'email' ? addresses.email : decision.channel === 'sms' ? addresses.phone : null,
      statusAt: request.now,
      sentAt: decision.status === 'sent' ? request.now : null,
    }
    const deferred = earlier.find((row) => row.channel === decision.channel && row.status === 'deferred')
    const [row] = deferred
      ? await tx
          .update(messageDeliveries)
          .set({ ...values, updatedAt: sql`now()` })
          .where(
            and(
              eq(messageDeliveries.tenantId, tenantId),
              eq(messageDeliveries.id, deferred.id),
              eq(messageDeliveries.status, 'deferred'),
            ),
          )
          .returning({ id: messageDeliveries.id })
      : await tx
          .insert(messageDeliveries)
          .values({
            tenantId,
            channel: decision.channel,
            template: request.template,
            topic: request.topic,
            recipientKind: recipient.kind,
            clientId: recipient.kind === 'client' ? recipient.clientId : null,
            userId: recipient.kind === 'staff' ? recipient.userId : null,
            locale: rendered.locale,
            bookingId: request.bookingId ?? null,
            dedupeKey: request.dedupeKey,
            ...values,
          })
          .onConflictDoNothing({
            target: [messageDeliveries.tenantId, messageDeliveries.channel, messageDeliveries.dedupeKey],
          })
          .returning({ id: messageDeliveries.id })
    if (!row) {
      // Another notify() with the same key got there first: report what it wrote, send nothing.
      const [first] = await tx
        .select({ status: messageDeliveries.status, reason: messageDeliveries.skipReason })
        .from(messageDeliveries)
        .where(
          and(
            eq(messageDeliveries.tenantId, tenantId),
            eq(messageDeliveries.channel, decision.channel),
            eq(messageDeliveries.dedupeKey, request.dedupeKey),
          ),
        )
      written.outcomes.push({
        channel: decision.channel,
        status: first ? outcomeStatus(first.status) : 'skipped',
        ...(first?.reason ? { reason: first.reason } : {}),
      })
      continue
    }
    written.outcomes.push({
      channel: decision.channel,
      status: decision.status,
      ...(decision.reason ? { reason: decision.reason } : {}),
      ...(decision.status === 'deferred' ? { reason: 'quiet_hours' as const, until: decision.until } : {}),
    })
    if (!sends) continue
    switch (decision.channel) {
      case 'email':
        if (!rendered.email) throw new Error('notify: email queued without its rendering')
        await queueMail(tx, {
          tenantId,
          to: rendered.email.to,
          locale: rendered.locale,
          subject: rendered.email.subject,
          text: rendered.email.text,
          html: rendered.email.html,
          ...(attachments && attachments.length > 0 ? { attachments } : {}),
          ...(rendered.email.headers ? { headers: rendered.email.headers } : {}),
          deliveryId: row.id,
          kind: request.template,
          idempotencyKey: `delivery:${row.id}`,
        })
        written.queuedMail = true
        break
      case 'sms':
        if (!rendered.sms) throw new Error('notify: SMS queued without its rendering')
        await queueSms(tx, {
          tenantId,
          toPhone: rendered.sms.to,
          body: rendered.sms.body,
          locale: rendered.locale,
          kind: request.template,
          idempotencyKey: `delivery:${row.id}`,
          deliveryId: row.id,
          segments: rendered.sms.segments,
        })
        written.queuedSms = true
        break
      case 'push':
        written.pushDeliveryId = row.id
        break
      case 'in_app':
        await tx.insert(notifications).values({
          tenantId,
          recipientKind: recipient.kind,
          clientId: recipient.kind === 'client' ? recipient.clientId : null,
          userId: recipient.kind === 'staff' ? recipient.userId : null,
          kind: request.template,
          params: inAppParams(request),
          bookingId: request.bookingId ?? null,
          link: linkOf(request.props.manageUrl),
        })
        break
    }
  }
  return written
}
