import { catalogEvent, inngest } from '../../client'
import { mailPaymentFailed } from './payment-failed-mail'
import { noticeStaffOfPayment } from './staff-payment-notice'

/** A card payment failed: the client is told how to pay again, then the team's notice. */
export const paymentFailed = inngest.createFunction(
  { id: 'payment-failed', triggers: [catalogEvent('payment/failed')] },
  async ({ event, step }) => {
    const { tenantId, paymentId, clientId } = event.data
    const client = await step.run('mail-client', () => mailPaymentFailed({ tenantId, paymentId, clientId }))
    const staff = await step.run('notice-staff', () => noticeStaffOfPayment({ tenantId, paymentId, outcome: 'failed' }))
    return { client, staff }
  },
)
