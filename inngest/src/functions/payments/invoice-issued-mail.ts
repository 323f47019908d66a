import { toInvoiceDocument } from '@portail/core/invoices'
import { asSystem, documentLocale, findInvoice, loadParties } from './billing-facts'
import { type MailResult, skipped } from './billing-mail-result'
import { deliverBillingMail } from './deliver-billing-mail'
import { paymentWorkflowDeps } from './payment-deps'
import { pdfAttachment } from './pdf-attachment'

export const invoiceDedupeKey = (invoiceId: string) => `invoice:${invoiceId}:issued`

/**
 * Mails an issued invoice or credit note to its client with its PDF (`F-000042.pdf`), in the
 * invoice's language, and puts it in their bell. The invoice is read again as the business's
 * system actor: gone, still a draft, voided since, or of another client, nothing is sent; nor for
 * a refund's credit note, which the refund's message carries.
 */
export async function mailIssuedInvoice(input: {
  tenantId: string
  invoiceId: string
  clientId: string
}): Promise<MailResult> {
  const { database, portalOrigin } = paymentWorkflowDeps()
  const run = asSystem(database, input.tenantId)
  const now = new Date()
  const { invoice, parties } = await run(async (tx) => ({
    invoice: await findInvoice(tx, input.tenantId, input.invoiceId),
    parties: await loadParties(tx, input.tenantId, input.clientId, portalOrigin),
  }))
  if (invoice?.clientId !== input.clientId) return skipped('invoice_not_found', input)
  if (invoice.status === 'draft' || invoice.status === 'void' || invoice.number === null) {
    return skipped(`invoice_${invoice.status}`, input)
  }
  // A refund's credit note goes with the refund's own message (refund-succeeded): one mail, not two.
  if (invoice.kind === 'credit_note' && invoice.source === 'refund') return skipped('sent_with_refund', input)
  if (!parties) return skipped('client_not_found', input)
  const { sender, client } = parties
  const locale = documentLocale(invoice.language, client)
  const document = toInvoiceDocument(invoice, { brandColor: sender.brand.color })
  const attachment = await pdfAttachment(document, invoice.number)
  return deliverBillingMail(run, sender, client, {
    tenantId: input.tenantId,
    template: 'invoice-issued',
    props: {
      recipientName: client.name,
      link: `${sender.portalOrigin}/${locale}/portal/invoices/${invoice.id}`,
      timeZone: sender.timeZone,
      kind: invoice.kind,
      number: invoice.number,
      totalCents: invoice.totalCents,
      dueDate: invoice.dueDate,
    },
    locale,
    dedupeKey: invoiceDedupeKey(invoice.id),
    related: { type: 'invoice', id: invoice.id },
    bookingId: invoice.bookingId,
    params: { invoiceId: invoice.id, kind: invoice.kind, number: invoice.number, totalCents: invoice.totalCents },
    attachments: [attachment],
    now,
  })
}
