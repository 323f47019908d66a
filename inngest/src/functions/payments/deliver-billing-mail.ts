import type { Tx } from '@portail/db'
import { type MailAttachment, messageDeliveries, notifications } from '@portail/db/schema'
import { type EmailPropsByTemplate, queueMail, renderEmail } from '@portail/email'
import type { BillingClient, BillingSender } from './billing-recipient'

export type BillingTemplate = 'invoice-issued' | 'payment-receipt' | 'payment-failed' | 'refund-issued'

/** What a billing message is about, for the delivery log (related_type, related_id). */
export interface BillingRelated {
  type: 'invoice' | 'payment' | 'refund'
  id: string
}

export interface BillingMail<Name extends BillingTemplate> {
  tenantId: string
  template: Name
  props: EmailPropsByTemplate[Name]
  /** The mail's language (a document's language, else the client's). */
  locale: 'fr' | 'en'
  /** Unique per message (`invoice:<id>:issued`): a repeat writes and sends nothing. */
  dedupeKey: string
  related: BillingRelated
  bookingId: string | null
  /** The bell's row: ids and amounts only, rendered in the reader's language when shown. */
  params: Record<string, unknown>
  attachments: MailAttachment[]
  /** The real time of the decision (memoised with the step's result). */
  now: Date
}

export type BillingDelivery =
  { status: 'duplicate' } | { status: 'queued'; email: 'queued' | 'skipped'; reason?: BillingClient['skipReason'] }

/** The path of a link inside its portal: the bell links inside the portal it is shown in. */
const pathOf = (link: string) => {
  const url = new URL(link)
  return `${url.pathname}${url.search}`
}

/**
 * Mails one billing message to a client with its attachment and puts it in their bell, in ONE
 * transaction with its delivery rows (email and in-app, under the dedupe key): all of it or
 * nothing, and a second call with the same key finds its rows and writes nothing. Billing mail is
 * essential: it goes by email whatever the client's marketing or notice choices (no unsubscribe
 * link); an address that is missing or bounces is logged skipped with that reason.
 * Rendered before the transaction (React Email: no rendering while holding a connection).
 */
export async function deliverBillingMail<Name extends BillingTemplate>(
  tx: (run: (tx: Tx) => Promise<BillingDelivery>) => Promise<BillingDelivery>,
  sender: BillingSender,
  client: BillingClient,
  mail: BillingMail<Name>,
): Promise<BillingDelivery> {
  const rendered = client.email
    ? await renderEmail(mail.template, mail.props, { locale: mail.locale, brand: sender.brand })
    : null
  return tx(async (db) => {
    const base = {
      tenantId: mail.tenantId,
      template: mail.template,
      topic: 'essential',
      recipientKind: 'client' as const,
      clientId: client.clientId,
      locale: mail.locale,
      bookingId: mail.bookingId,
      relatedType: mail.related.type,
      relatedId: mail.related.id,
      dedupeKey: mail.dedupeKey,
      statusAt: mail.now,
    }
    const [emailRow] = await db
      .insert(messageDeliveries)
      .values({
        ...base,
        channel: 'email',
        toAddress: client.email,
        status: rendered ? 'queued' : 'skipped',
        skipReason: rendered ? null : client.skipReason,
      })
      .onConflictDoNothing({
        target: [messageDeliveries.tenantId, messageDeliveries.channel, messageDeliveries.dedupeKey],
      })
      .returning({ id: messageDeliveries.id })
    // The key is taken: an earlier run (a replay, an event delivered twice) sent this message.
    if (!emailRow) return { status: 'duplicate' }
    if (rendered && client.email) {
      await queueMail(db, {
        to: client.email,
        locale: mail.locale,
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: mail.attachments,
        deliveryId: emailRow.id,
        kind: mail.template,
        tenantId: mail.tenantId,
        idempotencyKey: `${mail.tenantId}:${mail.dedupeKey}`,
      })
    }
    await db
      .insert(messageDeliveries)
      .values({ ...base, channel: 'in_app', status: 'sent', sentAt: mail.now })
      .onConflictDoNothing({
        target: [messageDeliveries.tenantId, messageDeliveries.channel, messageDeliveries.dedupeKey],
      })
    await db.insert(notifications).values({
      tenantId: mail.tenantId,
      recipientKind: 'client',
      clientId: client.clientId,
      kind: mail.template,
      params: { template: mail.template, ...mail.params },
      bookingId: mail.bookingId,
      link: pathOf(mail.props.link),
    })
    return rendered
      ? { status: 'queued', email: 'queued' }
      : { status: 'queued', email: 'skipped', reason: client.skipReason }
  })
}

/**
 * Tells the business's owners and admins in the app (in-app is always on for the team; there is
 * no payment notice among the team's email choices yet, so no email). One row per member under
 * its own key: a replay writes nothing twice.
 */
export async function noticeStaff(
  db: Tx,
  notice: {
    tenantId: string
    staff: { userId: string }[]
    template: BillingTemplate
    dedupeKey: string
    related: BillingRelated
    bookingId: string | null
    params: Record<string, unknown>
    link: string
    now: Date
    locale: 'fr' | 'en'
  },
): Promise<number> {
  let written = 0
  for (const { userId } of notice.staff) {
    const [row] = await db
      .insert(messageDeliveries)
      .values({
        tenantId: notice.tenantId,
        channel: 'in_app',
        template: notice.template,
        topic: 'payments',
        recipientKind: 'staff',
        userId,
        locale: notice.locale,
        bookingId: notice.bookingId,
        relatedType: notice.related.type,
        relatedId: notice.related.id,
        dedupeKey: `${notice.dedupeKey}:${userId}`,
        status: 'sent',
        statusAt: notice.now,
        sentAt: notice.now,
      })
      .onConflictDoNothing({
        target: [messageDeliveries.tenantId, messageDeliveries.channel, messageDeliveries.dedupeKey],
      })
      .returning({ id: messageDeliveries.id })
    if (!row) continue
    await db.insert(notifications).values({
      tenantId: notice.tenantId,
      recipientKind: 'staff',
      userId,
      kind: notice.template,
      params: { template: notice.template, audience: 'staff', ...notice.params },
      bookingId: notice.bookingId,
      link: notice.link,
    })
    written += 1
  }
  return written
}
