import { asSystem, findPayment, loadParties } from './billing-facts'
import { type MailResult, skipped } from './billing-mail-result'
import { deliverBillingMail } from './deliver-billing-mail'
import { paymentWorkflowDeps } from './payment-deps'

export const failedDedupeKey = (paymentId: string) => `payment:${paymentId}:failed`

/** Where a client pays again: the invoice, else the booking (its payment), else their invoices. */
export const payAgainPath = (payment: { invoiceId: string | null; bookingId: string | null }): string =>
  payment.invoiceId
    ? `portal/invoices/${payment.invoiceId}`
    : payment.bookingId
      ? `portal/appointments/${payment.bookingId}`
      : 'portal/invoices'

/**
 * Tells the client a card payment failed, with the bank's reason and a link to pay again or
 * update their card, in their language. Read again first: if it is no longer failed (a retry
 * succeeded since, or it is gone), nothing is sent.
 */
export async function mailPaymentFailed(input: {
  tenantId: string
  paymentId: string
  clientId: string
}): Promise<MailResult> {
  const { database, portalOrigin } = paymentWorkflowDeps()
  const run = asSystem(database, input.tenantId)
  const now = new Date()
  const { payment, parties } = await run(async (tx) => ({
    payment: await findPayment(tx, input.tenantId, input.paymentId),
    parties: await loadParties(tx, input.tenantId, input.clientId, portalOrigin),
  }))
  if (payment?.clientId !== input.clientId) return skipped('payment_not_found', input)
  if (payment.status !== 'failed') return skipped(`payment_${payment.status}`, input)
  if (!parties) return skipped('client_not_found', input)
  const { sender, client } = parties
  return deliverBillingMail(run, sender, client, {
    tenantId: input.tenantId,
    template: 'payment-failed',
    props: {
      recipientName: client.name,
      link: `${sender.portalOrigin}/${client.locale}/${payAgainPath(payment)}`,
      timeZone: sender.timeZone,
      amountCents: payment.amountCents,
      failureMessage: payment.failureMessage,
    },
    locale: client.locale,
    dedupeKey: failedDedupeKey(payment.id),
    related: { type: 'payment', id: payment.id },
    bookingId: payment.bookingId,
    params: { paymentId: payment.id, amountCents: payment.amountCents },
    attachments: [],
    now,
  })
}
