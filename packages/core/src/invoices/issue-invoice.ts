import type { Database } from '@portail/db'
import { nudgeOutboxAfter } from '@portail/events'
import type { StaffActor } from '../actors/actor-kinds'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { issueDraft } from './issue-draft'
import { staffContext, staffIssuer } from './staff-context'

/**
 * Staff issue a draft: number, taxes, snapshots, audit and `invoice/issued` in one transaction
 * (see issueDraft). Refused with nothing changed: an empty draft, a negative total, an invoice
 * already issued or void. The outbox relay is nudged once the transaction committed.
 */
export async function issueInvoice(
  database: Database,
  ctx: StaffActor,
  input: { invoiceId: string },
  now = Date.now(),
): Promise<InvoiceDetail> {
  return nudgeOutboxAfter(() =>
    database.withTenant(staffContext(ctx), async (tx) => {
      await issueDraft(tx, staffIssuer(ctx), input.invoiceId, { now })
      return getInvoice(tx, { tenantId: ctx.tenantId }, input.invoiceId)
    }),
  )
}
