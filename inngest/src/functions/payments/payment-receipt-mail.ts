import { toReceiptDocument } from '@portail/core/invoices'
import type { MailAttachment } from '@portail/db/schema'
import { asSystem, calendarDay, documentLocale, findInvoice, findPayment, loadParties } from './billing-facts'
import { type MailResult, skipped } from './billing-mail-result'
import { deliverBillingMail } from './deliver-billing-mail'
import { paymentWorkflowDeps } from './payment-deps'
import { pdfAttachment } from './pdf-attachment'

export const receiptDedupeKey = (paymentId: string) => `payment:${paymentId}:receipt`

/**
 * Mails the receipt of a payment that succeeded: with the receipt's PDF (`R-000017.pdf`, the
 * invoice's lines and the amount received) when the payment is numbered on an invoice, in that
 * invoice's language; a payment without an invoice (a deposit before its invoice) gets the mail
 * alone, in the client's language. Read again first: not succeeded (or gone), nothing is sent.
 */
export async function mailPaymentReceipt(input: {
  tenantId: string
  paymentId: string
  clientId: string
}): Promise<MailResult> {
  const { database, portalOrigin } = paymentWorkflowDeps()
  const run = asSystem(database, input.tenantId)
  const now = new Date()
  const facts = await run(async (tx) => {
    const payment = await findPayment(tx, input.tenantId, input.paymentId)
    return {
      payment,
      invoice: payment?.invoiceId ? await findInvoice(tx, input.tenantId, payment.invoiceId) : null,
      parties: await loadParties(tx, input.tenantId, input.clientId, portalOrigin),
    }
  })
  const { payment, invoice, parties } = facts
  if (payment?.clientId !== input.clientId) return skipped('payment_not_found', input)
  if (payment.status !== 'succeeded' || payment.receivedAt === null) return skipped(`payment_${payment.status}`, input)
  if (!parties) return skipped('client_not_found', input)
  const { sender, client } = parties
  const locale = invoice ? documentLocale(invoice.language, client) : client.locale
  const receipt = invoice?.payments.find((candidate) => candidate.id === payment.id)?.receiptNumber ?? null
  const attachments: MailAttachment[] = []
  if (invoice && receipt) {
    const document = toReceiptDocument(invoice, payment.id, {
      brandColor: sender.brand.color,
      issueDate: calendarDay(payment.receivedAt, sender.timeZone),
    })
    attachments.push(await pdfAttachment(document, receipt))
  }
  return deliverBillingMail(run, sender, client, {
    tenantId: input.tenantId,
    template: 'payment-receipt',
    props: {
      recipientName: client.name,
      link: `${sender.portalOrigin}/${locale}/portal/invoices${invoice ? `/${invoice.id}` : ''}`,
      timeZone: sender.timeZone,
      amountCents: payment.amountCents,
      receivedAt: payment.receivedAt.toISOString(),
      receiptNumber: receipt,
      invoiceNumber: invoice?.number ?? null,
    },
    locale,
    dedupeKey: receiptDedupeKey(payment.id),
    related: { type: 'payment', id: payment.id },
    bookingId: payment.bookingId,
    params: { paymentId: payment.id, amountCents: payment.amountCents, invoiceId: invoice?.id ?? null },
    attachments,
    now,
  })
}
