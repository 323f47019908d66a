import { toInvoiceDocument } from '@portail/core/invoices'
import type { MailAttachment } from '@portail/db/schema'
import { asSystem, documentLocale, findInvoice, findRefund, loadParties } from './billing-facts'
import { type MailResult, skipped } from './billing-mail-result'
import { deliverBillingMail } from './deliver-billing-mail'
import { paymentWorkflowDeps } from './payment-deps'
import { pdfAttachment } from './pdf-attachment'

export const refundDedupeKey = (refundId: string) => `refund:${refundId}:succeeded`

/**
 * Tells the client a refund went through: the amount, and its credit note's PDF (`NC-000003.pdf`)
 * when it has one, in the credit note's language (else the client's). Read again first: not
 * succeeded, or gone, nothing is sent.
 */
export async function mailRefund(input: { tenantId: string; refundId: string; clientId: string }): Promise<MailResult> {
  const { database, portalOrigin } = paymentWorkflowDeps()
  const run = asSystem(database, input.tenantId)
  const now = new Date()
  const { refund, creditNote, parties } = await run(async (tx) => {
    const found = await findRefund(tx, input.tenantId, input.refundId)
    return {
      refund: found,
      creditNote: found?.creditNoteId ? await findInvoice(tx, input.tenantId, found.creditNoteId) : null,
      parties: await loadParties(tx, input.tenantId, input.clientId, portalOrigin),
    }
  })
  if (refund?.clientId !== input.clientId) return skipped('refund_not_found', input)
  if (refund.status !== 'succeeded') return skipped(`refund_${refund.status}`, input)
  if (!parties) return skipped('client_not_found', input)
  const { sender, client } = parties
  const printed = creditNote && creditNote.status !== 'draft' ? creditNote.number : null
  const locale = creditNote && printed ? documentLocale(creditNote.language, client) : client.locale
  const attachments: MailAttachment[] = []
  if (creditNote && printed) {
    attachments.push(await pdfAttachment(toInvoiceDocument(creditNote, { brandColor: sender.brand.color }), printed))
  }
  return deliverBillingMail(run, sender, client, {
    tenantId: input.tenantId,
    template: 'refund-issued',
    props: {
      recipientName: client.name,
      link: `${sender.portalOrigin}/${locale}/portal/invoices${creditNote && printed ? `/${creditNote.id}` : ''}`,
      timeZone: sender.timeZone,
      amountCents: refund.amountCents,
      creditNoteNumber: printed,
    },
    locale,
    dedupeKey: refundDedupeKey(refund.id),
    related: { type: 'refund', id: refund.id },
    bookingId: null,
    params: { refundId: refund.id, paymentId: refund.paymentId, amountCents: refund.amountCents },
    attachments,
    now,
  })
}
