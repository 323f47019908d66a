import type { Database, Tx } from '@portail/db'
import { bookings, type InvoiceSource, invoices } from '@portail/db/schema'
import type { ZCreateDraftInvoiceInput } from '@portail/validators'
import { and, eq } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { DomainError } from '../errors'
import { customLine, type DraftLine } from './draft-line'
import { getInvoice, type InvoiceDetail } from './get-invoice'
import type { Issuer } from './issue-draft'
import { writeLines } from './invoice-rows'
import { priceDraft } from './price-draft'
import { staffContext, staffIssuer } from './staff-context'

export type CreateDraftInvoiceData = z.output<typeof ZCreateDraftInvoiceInput>

/** Inserts a draft with its lines and preview amounts, audited as invoice.created; returns its id. */
export async function insertDraft(
  tx: Tx,
  issuer: Issuer,
  draft: {
    clientId: string
    bookingId: string | null
    source: InvoiceSource
    lines: readonly DraftLine[]
    notes: string | null
    kind?: 'invoice' | 'credit_note'
    creditsInvoiceId?: string | null
  },
  now: number,
): Promise<string> {
  const priced = await priceDraft(tx, issuer.tenantId, draft, now)
  const [row] = await tx
    .insert(invoices)
    .values({
      tenantId: issuer.tenantId,
      clientId: draft.clientId,
      bookingId: draft.bookingId,
      kind: draft.kind ?? 'invoice',
      creditsInvoiceId: draft.creditsInvoiceId ?? null,
      source: draft.source,
      notes: draft.notes,
      ...priced,
    })
    .returning({ id: invoices.id })
  if (!row) throw new Error('invoice insert returned no row')
  await writeLines(tx, { tenantId: issuer.tenantId, id: row.id, clientId: draft.clientId }, draft.lines)
  await appendAudit(tx, {
    tenantId: issuer.tenantId,
    actorUserId: issuer.userId,
    actorRole: issuer.role,
    action: 'invoice.created',
    entityType: 'invoice',
    entityId: row.id,
    clientId: draft.clientId,
    details: { source: draft.source, lines: String(draft.lines.length) },
  })
  return row.id
}

/** The booking must be this client's: an invoice never mixes two clients. */
async function checkBookingOfClient(tx: Tx, tenantId: string, bookingId: string, clientId: string) {
  const [row] = await tx
    .select({ clientId: bookings.clientId })
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, bookingId)))
  if (row?.clientId !== clientId) throw new DomainError('NOT_FOUND', 'invoice.bookingNotFound', { field: 'bookingId' })
}

/** Staff write an invoice by hand for a client (a draft: nothing is numbered until it is issued). */
export async function createDraftInvoice(
  database: Database,
  ctx: StaffActor,
  input: CreateDraftInvoiceData,
  now = Date.now(),
): Promise<InvoiceDetail> {
  return database.withTenant(staffContext(ctx), async (tx) => {
    if (input.bookingId !== undefined) await checkBookingOfClient(tx, ctx.tenantId, input.bookingId, input.clientId)
    const bookingId = input.bookingId ?? null
    const id = await insertDraft(
      tx,
      staffIssuer(ctx),
      {
        clientId: input.clientId,
        bookingId,
        source: 'staff',
        lines: input.lines.map((line) => customLine(line, bookingId)),
        notes: input.notes ?? null,
      },
      now,
    )
    return getInvoice(tx, { tenantId: ctx.tenantId }, id)
  })
}
