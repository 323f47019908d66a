import type { Database } from '@portail/db'
import {
  emailTemplateNames,
  readUnsubscribeEnv,
  renderEmail,
  tenantEmailBrand,
  type UnsubscribeEnv,
  unsubscribeLink,
  unsubscribeTopics,
} from '@portail/email'
import { z } from 'zod'
import { isSmsTemplate, renderSms } from '../sms'
import { sendPushToRecipient } from '../push'
import type { PushOutcome, PushRequest } from '../push'
import { messageDeliveries } from '@portail/db/schema'
import { and, eq, sql } from 'drizzle-orm'
import { channelsOf, decideChannels } from './decide-channels'
import { type EarlierDelivery, loadEarlier, loadRecipient, loadTenant } from './load-facts'
import { InvalidNotifyRequestError, UnknownTemplateError } from './notify-errors'
import { type NotifyNudge, notifyNudge } from './notify-hooks'
import type { DeliveryChannel, DeliveryOutcome, EmailTemplateName, NotifyRequest } from './notify-types'
import { earlierOutcome, type Rendered, writeDeliveries } from './write-deliveries'

type BookingTemplate = Extract<EmailTemplateName, `booking-${string}`>

const isBookingTemplate = (name: string): name is BookingTemplate =>
  name.startsWith('booking-') && (emailTemplateNames as readonly string[]).includes(name)

const channelOrder: readonly DeliveryChannel[] = ['email', 'sms', 'push', 'in_app']

const requestShape = z.object({
  tenantId: z.uuid(),
  recipient: z.union([
    z.object({ kind: z.literal('client'), clientId: z.uuid() }),
    z.object({ kind: z.literal('staff'), userId: z.uuid() }),
  ]),
  bookingId: z.uuid().optional(),
  dedupeKey: z.string().min(1).max(300),
  props: z.object({ manageUrl: z.url({ protocol: /^https?$/ }), start: z.iso.datetime({ offset: true }) }),
  now: z.date(),
  notAfter: z.date().optional(),
})

export interface NotifyOptions {
  /** Wakes the mail and SMS relays after commit (default: the one set with setNotifyNudge). */
  nudge?: NotifyNudge
  /** Keys the one-click unsubscribe link of non-essential client mail (default: from the environment). */
  unsubscribe?: UnsubscribeEnv
  /** Sends the push messages after commit (default: sendPushToRecipient of this package). */
  sendPush?: (database: Database, request: PushRequest) => Promise<PushOutcome>
}

const isUnsubscribeTopic = (topic: string): topic is (typeof unsubscribeTopics)[number] =>
  (unsubscribeTopics as readonly string[]).includes(topic)

const inOrder = (outcomes: DeliveryOutcome[]) =>
  [...outcomes].sort((a, b) => channelOrder.indexOf(a.channel) - channelOrder.indexOf(b.channel))

/**
 * Sends one message to one recipient on every channel its preferences allow, and records each
 * decision in the delivery log (message_deliveries), skips included with their plain reason.
 *
 * 1. Reads, as the tenant's system actor, the recipient (language, addresses, preferences, bounce,
 *    STOP, push devices), the business (name, brand, time zone, quiet hours) and what this dedupe
 *    key already logged. A key logged on every channel asked for writes nothing and answers the
 *    earlier outcomes; a channel deferred for quiet hours is decided again (the workflow calls back
 *    once they end).
 * 2. Decides per channel (decideChannels) and renders what goes out (renderEmail, renderSms) outside
 *    any transaction.
 * 3. Writes, in ONE transaction, the delivery rows, the mail and SMS outbox rows and the in-app
 *    notification: all of it or nothing.
 * 4. After the commit, the network: push to the recipient's devices (the push row then says sent or
 *    failed) and a nudge to the mail and SMS relays.
 *
 * Throws, writing nothing: UnknownTemplateError, InvalidNotifyRequestError, RecipientNotFoundError.
 */
export async function notify(
  database: Database,
  request: NotifyRequest,
  options: NotifyOptions = {},
): Promise<DeliveryOutcome[]> {
  if (!isBookingTemplate(request.template)) throw new UnknownTemplateError(request.template)
  const template = request.template
  const checked = requestShape.safeParse(request)
  if (!checked.success) {
    throw new InvalidNotifyRequestError(checked.error.issues.map((issue) => issue.path.join('.')).join(', '))
  }
  const system = { actor: 'system' as const, tenantId: request.tenantId }
  const { recipient, tenant, earlier } = await database.withTenant(system, async (tx) => ({
    recipient: await loadRecipient(tx, request.tenantId, request.recipient),
    tenant: await loadTenant(tx, request.tenantId),
    earlier: await loadEarlier(tx, request.tenantId, request.dedupeKey),
  }))

  // A message with no SMS wording (a staff notice, a no-show) is not an SMS at all.
  const asked = channelsOf(request, recipient.facts.kind).filter(
    (channel) => channel !== 'sms' || isSmsTemplate(template),
  )
  const settled = new Map<DeliveryChannel, EarlierDelivery>()
  for (const row of earlier) if (row.status !== 'deferred' && asked.includes(row.channel)) settled.set(row.channel, row)
  const open = asked.filter((channel) => !settled.has(channel))
  const repeated = [...settled.values()].map(earlierOutcome)
  if (open.length === 0) return inOrder(repeated)

  const decisions = decideChannels({ ...request, channels: open }, recipient.facts, {
    hours: tenant.quietHours,
    timeZone: tenant.timeZone,
  })
  const goes = (channel: DeliveryChannel) =>
    decisions.some((decision) => decision.channel === channel && decision.status === 'queued')
  // The portal the message links to is the one its links name: no root domain to configure here.
  const portalUrl = new URL(request.props.manageUrl).origin
  // Non-essential client mail carries a one-click unsubscribe from its topic (RFC 8058).
  const unsubscribe =
    request.recipient.kind === 'client' && isUnsubscribeTopic(request.topic)
      ? unsubscribeLink(
          {
            tenantId: request.tenantId,
            clientId: request.recipient.clientId,
            topic: request.topic,
            locale: recipient.locale,
          },
          { portalUrl, ...(options.unsubscribe ?? readUnsubscribeEnv()) },
        )
      : null
  const email =
    goes('email') || goes('push')
      ? await renderEmail(template, request.props, {
          locale: recipient.locale,
          brand: tenantEmailBrand(tenant.brand, portalUrl),
          ...(unsubscribe ? { unsubscribeUrl: unsubscribe.url } : {}),
        })
      : null
  const sms =
    goes('sms') && recipient.phone && isSmsTemplate(template)
      ? renderSms(template, request.props, { locale: recipient.locale, businessName: tenant.name })
      : null
  const rendered: Rendered = {
    locale: recipient.locale,
    email:
      email && recipient.facts.email
        ? {
            to: recipient.facts.email,
            subject: email.subject,
            html: email.html,
            text: email.text,
            headers: unsubscribe?.headers ?? null,
          }
        : null,
    sms: sms && recipient.phone ? { to: recipient.phone, body: sms.body, segments: sms.segments } : null,
  }

  const written = await database.withTenant(system, (tx) =>
    writeDeliveries(
      tx,
      request,
      decisions,
      earlier,
      rendered,
      { email: recipient.facts.email, phone: recipient.phone },
      request.attachments,
    ),
  )

  const nudge = options.nudge ?? notifyNudge
  if (written.queuedMail) nudge('mail')
  if (written.queuedSms) nudge('sms')
  const outcomes = [...repeated, ...written.outcomes]
  if (written.pushDeliveryId && email) {
    const pushed = await pushAfterCommit(database, request, written.pushDeliveryId, tenant.name, email.subject, options)
    return inOrder(outcomes.map((outcome) => (outcome.channel === 'push' ? pushed : outcome)))
  }
  return inOrder(outcomes)
}

/** Push is a network call: after the commit, then its delivery row says how it went. */
async function pushAfterCommit(
  database: Database,
  request: NotifyRequest,
  deliveryId: string,
  title: string,
  body: string,
  options: NotifyOptions,
): Promise<DeliveryOutcome> {
  const send = options.sendPush ?? ((db: Database, push: PushRequest) => sendPushToRecipient(db, push))
  let error: string | null = null
  let sent = 0
  try {
    const result = await send(database, {
      tenantId: request.tenantId,
      recipient: request.recipient,
      payload: { title, body, url: request.props.manageUrl, tag: request.dedupeKey },
    })
    sent = result.sent
    if (sent === 0) error = `no device took it (${result.removed} gone, ${result.failed} failed)`
  } catch (caught) {
    error = (caught instanceof Error ? caught.message : String(caught)).slice(0, 500)
  }
  const status = sent > 0 ? ('sent' as const) : ('failed' as const)
  await database.withTenant({ actor: 'system', tenantId: request.tenantId }, (tx) =>
    tx
      .update(messageDeliveries)
      .set({
        status,
        attempts: sql`${messageDeliveries.attempts} + 1`,
        lastError: error,
        statusAt: sql`now()`,
        sentAt: sent > 0 ? sql`now()` : null,
        updatedAt: sql`now()`,
      })
      .where(and(eq(messageDeliveries.tenantId, request.tenantId), eq(messageDeliveries.id, deliveryId))),
  )
  return { channel: 'push', status }
}
