import { catalogEvent, inngest } from '../../client'
import { mailRefund } from './refund-mail'

/** A refund went through: the client is told the amount, with the credit note's PDF. */
export const refundSucceeded = inngest.createFunction(
  { id: 'refund-succeeded', triggers: [catalogEvent('refund/succeeded')] },
  async ({ event, step }) => {
    const { tenantId, refundId, clientId } = event.data
    const client = await step.run('mail-client', () => mailRefund({ tenantId, refundId, clientId }))
    return { client }
  },
)
