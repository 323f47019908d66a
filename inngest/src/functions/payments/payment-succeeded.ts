import { catalogEvent, inngest } from '../../client'
import { mailPaymentReceipt } from './payment-receipt-mail'
import { noticeStaffOfPayment } from './staff-payment-notice'

/** A payment succeeded: the client's receipt (with its PDF when numbered), then the team's notice. */
export const paymentSucceeded = inngest.createFunction(
  { id: 'payment-succeeded', triggers: [catalogEvent('payment/succeeded')] },
  async ({ event, step }) => {
    const { tenantId, paymentId, clientId } = event.data
    const client = await step.run('mail-receipt', () => mailPaymentReceipt({ tenantId, paymentId, clientId }))
    const staff = await step.run('notice-staff', () =>
      noticeStaffOfPayment({ tenantId, paymentId, outcome: 'succeeded' }),
    )
    return { client, staff }
  },
)
