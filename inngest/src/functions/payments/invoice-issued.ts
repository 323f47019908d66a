import { catalogEvent, inngest } from '../../client'
import { mailIssuedInvoice } from './invoice-issued-mail'

/**
 * An invoice or credit note was issued: its client gets it by email with the PDF attached, and in
 * the bell. Essential mail (no opt-out); one step, idempotent by its dedupe key.
 */
export const invoiceIssued = inngest.createFunction(
  { id: 'invoice-issued', triggers: [catalogEvent('invoice/issued')] },
  async ({ event, step }) => {
    const { tenantId, invoiceId, clientId } = event.data
    const client = await step.run('mail-client', () => mailIssuedInvoice({ tenantId, invoiceId, clientId }))
    return { client }
  },
)
