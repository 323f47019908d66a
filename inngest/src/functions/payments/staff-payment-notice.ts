import { asSystem, findPayment } from './billing-facts'
import { loadPaymentStaff, loadSender } from './billing-recipient'
import { noticeStaff } from './deliver-billing-mail'
import { paymentWorkflowDeps } from './payment-deps'

/**
 * Tells the business's owners and admins, in the app, that a payment succeeded or failed (one row
 * each, under `payment:<id>:<outcome>:staff:<user>`). Nothing when the payment is gone or no
 * longer in that status. Returns how many members were told.
 */
export async function noticeStaffOfPayment(input: {
  tenantId: string
  paymentId: string
  outcome: 'succeeded' | 'failed'
}): Promise<{ told: number }> {
  const { database, portalOrigin } = paymentWorkflowDeps()
  const now = new Date()
  return asSystem(
    database,
    input.tenantId,
  )(async (tx) => {
    const payment = await findPayment(tx, input.tenantId, input.paymentId)
    const sender = await loadSender(tx, input.tenantId, portalOrigin)
    if (payment?.status !== input.outcome || !sender) return { told: 0 }
    const told = await noticeStaff(tx, {
      tenantId: input.tenantId,
      staff: await loadPaymentStaff(tx, input.tenantId),
      template: input.outcome === 'succeeded' ? 'payment-receipt' : 'payment-failed',
      dedupeKey: `payment:${payment.id}:${input.outcome}:staff`,
      related: { type: 'payment', id: payment.id },
      bookingId: payment.bookingId,
      params: { paymentId: payment.id, amountCents: payment.amountCents, clientId: payment.clientId },
      link: `/${sender.defaultLocale}/admin/clients/${payment.clientId}`,
      now,
      locale: sender.defaultLocale,
    })
    return { told }
  })
}
