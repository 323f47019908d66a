import { computeInvoiceTaxes, type ProvinceCode, type TaxRegistrations } from '@portail/billing'
import type { Tx } from '@portail/db'
import { invoices } from '@portail/db/schema'
import { maxInvoiceAmountCents } from '@portail/validators'
import { sendEvent } from '@portail/events'
import { and, eq, sql } from 'drizzle-orm'
import { appendAudit } from '../audit/append-audit'
import { addDays, formatDate, localDateOf, parseDate } from '../calendar-date'
import { DomainError } from '../errors'
import { loadBusinessBilling } from './business-billing'
import { taxableLineOf } from './draft-line'
import {
  bookingAddressProvince,
  buyerSnapshot,
  loadClientBilling,
  placeAndLanguage,
  sellerSnapshot,
} from './invoice-parties'
import { draftLineOf, type InvoiceRow, linesOf, lockInvoice } from './invoice-rows'
import { takeNumberCte } from './take-number'

/** How a document is taxed when it must follow another one (a credit note follows its invoice). */
export interface TaxTreatment {
  placeOfSupply: ProvinceCode
  date: string
  registrations: TaxRegistrations
}

/** Who issues: a staff member, or a workflow or webhook of the business (system, no user). */
export interface Issuer {
  tenantId: string
  userId: string | null
  role: 'owner' | 'admin' | 'staff' | 'system'
}

export interface IssueOptions {
  now: number
  /**
   * A credit note is taxed as the invoice it credits was: same place of supply, same date for the
   * rates (a rate change in between, such as Nova Scotia's HST in 2025, must not change what is
   * reversed), same registrations (those printed on the invoice: a business that deregistered
   * since still reverses the taxes it charged).
   */
  taxedAs?: TaxTreatment
}

/** Refuses what cannot be issued, with the reason in the caller's language. */
export function assertIssuable(row: InvoiceRow): void {
  if (row.status === 'void') throw new DomainError('CONFLICT', 'invoice.isVoid', { field: 'invoiceId' })
  if (row.status !== 'draft') throw new DomainError('CONFLICT', 'invoice.alreadyIssued', { field: 'invoiceId' })
}

/**
 * Issues a draft inside the caller's transaction: taxes from the engine on the business's
 * registrations and the place of supply, seller and buyer snapshots, language, dates in the
 * business's time zone, then the number from the tenant's counter (as late as possible: the
 * counter row stays locked until commit), then the audit entry and the outbox event. Everything
 * commits together or not at all, so a rolled-back issue leaves no gap.
 *
 * An invoice whose total is 0 (e.g. a visit entirely covered by its deposit) is issued as paid.
 */
export async function issueDraft(
  tx: Tx,
  issuer: Issuer,
  invoiceId: string,
  options: IssueOptions,
): Promise<InvoiceRow> {
  const row = await lockInvoice(tx, issuer.tenantId, invoiceId)
  assertIssuable(row)
  // One round trip on Postgres (postgres.js pipelines a transaction's statements).
  const [lineRows, business, client, serviceProvince] = await Promise.all([
    linesOf(tx, issuer.tenantId, invoiceId),
    loadBusinessBilling(tx, issuer.tenantId),
    loadClientBilling(tx, issuer.tenantId, row.clientId),
    bookingAddressProvince(tx, issuer.tenantId, row.bookingId),
  ])
  const lines = lineRows.map(draftLineOf)
  if (lines.length === 0) throw new DomainError('BAD_REQUEST', 'invoice.empty', { field: 'invoiceId' })
  const decided = placeAndLanguage(business, client, serviceProvince)
  const issueDate = localDateOf(options.now, business.timeZone)
  const placeOfSupply = options.taxedAs?.placeOfSupply ?? decided.placeOfSupply
  const taxes = computeInvoiceTaxes({
    lines: lines.map(taxableLineOf),
    placeOfSupply,
    date: options.taxedAs?.date ?? formatDate(issueDate),
    registrations: options.taxedAs?.registrations ?? business.registrations,
  })
  const isCredit = row.kind === 'credit_note'
  if (!isCredit && taxes.totalCents < 0)
    throw new DomainError('BAD_REQUEST', 'invoice.negativeTotal', { field: 'lines' })
  if (Math.abs(taxes.totalCents) > maxInvoiceAmountCents)
    throw new DomainError('BAD_REQUEST', 'invoice.totalTooLarge', { field: 'lines' })
  const taxCents = taxes.totalCents - taxes.subtotalCents
  const notes = row.notes ?? (decided.language === 'en' ? business.notesEn : business.notesFr)

  // Everything but the number is written first: from the counter's upsert to the commit, the
  // business's other issuers wait, so the number is taken and set in one last statement.
  await Promise.all([
    sendEvent(tx, issuer.tenantId, { name: 'invoice/issued', payload: { invoiceId, clientId: row.clientId } }),
    appendAudit(tx, {
      tenantId: issuer.tenantId,
      actorUserId: issuer.userId,
      actorRole: issuer.role,
      action: isCredit ? 'invoice.credit_note_issued' : 'invoice.issued',
      entityType: 'invoice',
      entityId: invoiceId,
      clientId: row.clientId,
      // The number is on the row, set once and never changed after.
      details: { totalCents: String(taxes.totalCents) },
    }),
  ])
  const at = new Date(options.now)
  const taken = takeNumberCte(tx, issuer.tenantId, isCredit ? 'credit_note' : 'invoice')
  const [issued] = await tx
    .with(taken)
    .update(invoices)
    .set({
      status: !isCredit && taxes.totalCents === 0 ? 'paid' : 'issued',
      number: sql`(select ${taken.value} from ${taken})`,
      placeOfSupply,
      language: decided.language,
      issueDate: formatDate(issueDate),
      dueDate: isCredit ? null : formatDate(addDays(issueDate, business.termsDays)),
      subtotalCents: taxes.subtotalCents,
      taxCents,
      totalCents: taxes.totalCents,
      taxes: taxes.taxes,
      seller: sellerSnapshot(business),
      buyer: buyerSnapshot(client),
      notes,
      issuedAt: at,
      issuedByUserId: issuer.userId,
      updatedAt: at,
    })
    .where(and(eq(invoices.tenantId, issuer.tenantId), eq(invoices.id, invoiceId)))
    .returning()
  if (!issued) throw new Error('invoice vanished while locked')
  return issued
}

/** "YYYY-MM-DD" of an issued row, checked (drizzle reads a date column as text). */
export const issueDateOf = (row: InvoiceRow): string => {
  if (row.issueDate === null) throw new Error('an issued invoice has an issue date')
  return formatDate(parseDate(row.issueDate))
}
