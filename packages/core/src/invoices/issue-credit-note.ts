import type { Database, Tx } from '@portail/db'
import { invoices, refunds } from '@portail/db/schema'
import { nudgeOutboxAfter } from '@portail/events'
import type { ZIssueCreditNoteInput } from '@portail/validators'
import { and, eq, inArray, isNull, sum } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'
import { insertDraft } from './create-draft-invoice'
import { negatedLines, preTaxCreditFor, proRatedCreditLines } from './credit-note-lines'
import { customLine, type DraftLine, subtotalOf } from './draft-line'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import { type Issuer, issueDateOf, issueDraft, type TaxTreatment } from './issue-draft'
import { draftLineOf, type InvoiceRow, linesOf, lockInvoice } from './invoice-rows'
import { printedNumber } from './invoice-view'
import { balanceOf } from './settle-invoice'
import { staffContext } from './staff-context'

export type IssueCreditNoteData = z.output<typeof ZIssueCreditNoteInput>

export interface CreditNoteRequest {
  tenantId: string
  invoiceId: string
  /** Pre-tax amount to credit, pro-rated on the invoice's tax bases (credit-note-lines.ts). */
  amountCents?: number
  /**
   * Or the amount taxes included (a refund of that much): the pre-tax amount is found whose credit
   * note totals it (preTaxCreditFor), pro-rated the same way.
   */
  totalCents?: number
  /** Chosen lines to credit (positive, as on the invoice; the credit note negates them). */
  lines?: DraftLine[]
  reason: string
  /** The refund this credit note documents (core-payments): linked both ways. */
  refundId?: string
  by?: Omit<Issuer, 'tenantId'>
}

/** What is left to credit on an invoice, before tax: its subtotal less its credit notes'. */
async function creditableSubtotal(tx: Tx, row: InvoiceRow): Promise<number> {
  const [credited] = await tx
    .select({ cents: sum(invoices.subtotalCents).mapWith(Number) })
    .from(invoices)
    .where(
      and(
        eq(invoices.tenantId, row.tenantId),
        eq(invoices.creditsInvoiceId, row.id),
        inArray(invoices.status, ['issued', 'partly_paid', 'paid']),
      ),
    )
  return row.subtotalCents + (credited?.cents ?? 0)
}

/**
 * A credit note for an issued invoice, in the caller's transaction: with no amount and no lines,
 * the whole invoice (every line negated, so the engine negates each tax exactly; after an earlier
 * partial credit, the rest, pro-rated); with an amount, that much before tax pro-rated on the
 * invoice's tax bases; with lines, those lines negated. Its own number series ('credit_note'),
 * taxed at the invoice's place of supply and on the invoice's date (the rates it charged),
 * audited as invoice.credit_note_issued. Never more than is left to credit (CONFLICT otherwise).
 * An invoice nothing is due on any more after the credit is marked paid.
 */
export async function issueCreditNote(tx: Tx, request: CreditNoteRequest, now = Date.now()): Promise<InvoiceRow> {
  const issuer: Issuer = { tenantId: request.tenantId, ...(request.by ?? { userId: null, role: 'system' }) }
  const invoice = await lockInvoice(tx, request.tenantId, request.invoiceId)
  if (invoice.kind !== 'invoice' || !['issued', 'partly_paid', 'paid'].includes(invoice.status))
    throw new DomainError('CONFLICT', 'invoice.notCreditable', { field: 'invoiceId' })
  const number = printedNumber(invoice) ?? ''
  const invoiceLines = (await linesOf(tx, request.tenantId, invoice.id)).map(draftLineOf)
  const left = await creditableSubtotal(tx, invoice)
  const taxedAs: TaxTreatment = {
    placeOfSupply: invoice.placeOfSupply,
    date: issueDateOf(invoice),
    registrations: {
      gstHst: invoice.seller?.gstHstNumber ?? null,
      qst: invoice.seller?.qstNumber ?? null,
      pst: invoice.seller?.pstNumber ?? null,
    },
  }
  let lines: DraftLine[] | null
  if (request.totalCents !== undefined) {
    const found = preTaxCreditFor(invoiceLines, request.totalCents, left, taxedAs)
    lines = found === null ? null : proRatedCreditLines(invoiceLines, found.preTaxCents, number)
  } else if (request.lines !== undefined) {
    lines = subtotalOf(request.lines) <= left ? negatedLines(request.lines) : null
  } else if (request.amountCents !== undefined) {
    lines = request.amountCents <= left ? proRatedCreditLines(invoiceLines, request.amountCents, number) : null
  } else if (left === invoice.subtotalCents) {
    lines = negatedLines(invoiceLines)
  } else {
    lines = left > 0 ? proRatedCreditLines(invoiceLines, left, number) : null
  }
  if (lines === null || lines.length === 0)
    throw new DomainError('CONFLICT', 'invoice.creditTooLarge', { field: 'amountCents' })

  const noteId = await insertDraft(
    tx,
    issuer,
    {
      clientId: invoice.clientId,
      bookingId: invoice.bookingId,
      source: request.refundId === undefined ? 'staff' : 'refund',
      lines,
      notes: request.reason,
      kind: 'credit_note',
      creditsInvoiceId: invoice.id,
    },
    now,
  )
  const note = await issueDraft(tx, issuer, noteId, {
    now,
    taxedAs,
  })
  if (request.refundId !== undefined) {
    // The refund must be of this invoice's client and not documented yet (one credit note each).
    const linked = await tx
      .update(refunds)
      .set({ creditNoteId: noteId, updatedAt: new Date(now) })
      .where(
        and(
          eq(refunds.tenantId, request.tenantId),
          eq(refunds.id, request.refundId),
          eq(refunds.clientId, invoice.clientId),
          isNull(refunds.creditNoteId),
        ),
      )
      .returning({ id: refunds.id })
    if (linked.length === 0) throw new DomainError('BAD_REQUEST', 'invoice.paymentNotUsable', { field: 'refundId' })
  }
  if (invoice.status !== 'paid' && (await balanceOf(tx, invoice)) === 0)
    await tx
      .update(invoices)
      .set({ status: 'paid', updatedAt: new Date(now) })
      .where(and(eq(invoices.tenantId, request.tenantId), eq(invoices.id, invoice.id)))
  return note
}

/** Staff credit an invoice (without a refund: a goodwill gesture, a billing mistake). */
export async function issueCreditNoteAsStaff(
  database: Database,
  ctx: StaffActor,
  input: IssueCreditNoteData,
  now = Date.now(),
): Promise<InvoiceDetail> {
  return nudgeOutboxAfter(() =>
    database.withTenant(staffContext(ctx), async (tx) => {
      const note = await issueCreditNote(
        tx,
        {
          tenantId: ctx.tenantId,
          invoiceId: input.invoiceId,
          reason: input.reason,
          by: { userId: ctx.userId, role: ctx.role },
          ...(input.amountCents === undefined ? {} : { amountCents: input.amountCents }),
          ...(input.lines === undefined ? {} : { lines: input.lines.map((line) => customLine(line)) }),
        },
        now,
      )
      return getInvoice(tx, { tenantId: ctx.tenantId }, note.id)
    }),
  )
}
