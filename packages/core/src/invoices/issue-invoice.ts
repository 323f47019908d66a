import type { Database } from '@portail/db'
import { nudgeOutboxAfter } from '@portail/events'
import type { StaffActor } from '../actors/actor-kinds'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { issueDraft } from './issue-draft'
import { staffContext, staffIssuer } from './staff-context'

/**
 * Staff issue a draft: number, taxes, snapshots, audit and `invoice/issued` in one transaction
 * (see issueDraft). Refused with nothing changed: an empty draft, a negative total, an invoice
 * already issued or void. The detail is read in a second transaction once the first committed:
 * reading it in the first would keep the business's invoice counter locked meanwhile, and every
 * other issuer of the business waiting. The outbox relay is nudged after the commit.
 */
export async function issueInvoice(
  database: Database,
  ctx: StaffActor,
  input: { invoiceId: string },
  now = Date.now(),
): Promise<InvoiceDetail> {
  await nudgeOutboxAfter(() =>
    database.withTenant(staffContext(ctx), (tx) => issueDraft(tx, staffIssuer(ctx), input.invoiceId, { now })),
  )
  return database.withTenant(staffContext(ctx), (tx) => getInvoice(tx, { tenantId: ctx.tenantId }, input.invoiceId))
}
