import type { Database } from '@portail/db'
import { invoices } from '@portail/db/schema'
import type { ZTaxReportInput } from '@portail/validators'
import { and, eq, gte, inArray, lte, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { staffContext } from './staff-context'

export type TaxReportData = z.output<typeof ZTaxReportInput>

export interface TaxReportLine {
  code: 'GST' | 'HST' | 'QST' | 'PST' | 'RST'
  ratePercent: number
  /** Tax charged on the period's invoices. */
  collectedCents: number
  /** Tax reversed by the period's credit notes (a positive amount, deducted). */
  creditedCents: number
  netCents: number
}

export interface TaxReport {
  from: string
  to: string
  invoiceCount: number
  creditNoteCount: number
  /** Pre-tax sales of the period's invoices. */
  salesCents: number
  /** Pre-tax amounts of the period's credit notes (positive, deducted). */
  creditedSalesCents: number
  netSalesCents: number
  taxes: TaxReportLine[]
}

const taxOrder = ['GST', 'HST', 'QST', 'PST', 'RST'] as const

/**
 * The GST/HST and QST (and PST) report of a period for the business's filing: by issue date (the
 * business's local date, stored at issue), every invoice and credit note that was issued and not
 * voided (a void invoice was never a supply). Taxes by code and rate (HST rates differ by
 * province and date), credit notes deducted, net per tax. Amounts in cents.
 */
export async function taxReport(database: Database, ctx: StaffActor, input: TaxReportData): Promise<TaxReport> {
  return database.withTenant(staffContext(ctx), async (tx) => {
    const inPeriod = and(
      eq(invoices.tenantId, ctx.tenantId),
      inArray(invoices.status, ['issued', 'partly_paid', 'paid']),
      gte(invoices.issueDate, input.from),
      lte(invoices.issueDate, input.to),
    )
    const [totals, taxes] = await Promise.all([
      tx
        .select({
          kind: invoices.kind,
          count: sql<number>`count(*)::int`,
          subtotal: sql<number>`coalesce(sum(${invoices.subtotalCents}), 0)::bigint`.mapWith(Number),
        })
        .from(invoices)
        .where(inPeriod)
        .groupBy(invoices.kind),
      tx
        .select({
          // A raw field: drizzle checks column fields against the FROM, which is raw here.
          kind: sql<'invoice' | 'credit_note'>`${invoices.kind}`,
          code: sql<TaxReportLine['code']>`tax->>'code'`,
          rate: sql<number>`(tax->>'ratePercent')::numeric`.mapWith(Number),
          cents: sql<number>`sum((tax->>'amountCents')::bigint)`.mapWith(Number),
        })
        .from(sql`${invoices} cross join lateral jsonb_array_elements(${invoices.taxes}) as tax`)
        .where(inPeriod)
        .groupBy(sql`${invoices.kind}`, sql`tax->>'code'`, sql`(tax->>'ratePercent')::numeric`),
    ])
    const ofKind = (kind: 'invoice' | 'credit_note') => totals.find((row) => row.kind === kind)
    const salesCents = ofKind('invoice')?.subtotal ?? 0
    const creditedSalesCents = -(ofKind('credit_note')?.subtotal ?? 0)
    const lines = new Map<string, TaxReportLine>()
    for (const row of taxes) {
      const key = `${row.code}@${row.rate}`
      const line = lines.get(key) ?? {
        code: row.code,
        ratePercent: row.rate,
        collectedCents: 0,
        creditedCents: 0,
        netCents: 0,
      }
      if (row.kind === 'invoice') line.collectedCents += row.cents
      else line.creditedCents -= row.cents
      line.netCents = line.collectedCents - line.creditedCents
      lines.set(key, line)
    }
    return {
      from: input.from,
      to: input.to,
      invoiceCount: ofKind('invoice')?.count ?? 0,
      creditNoteCount: ofKind('credit_note')?.count ?? 0,
      salesCents,
      creditedSalesCents,
      netSalesCents: salesCents - creditedSalesCents,
      taxes: [...lines.values()].sort(
        (a, b) => taxOrder.indexOf(a.code) - taxOrder.indexOf(b.code) || a.ratePercent - b.ratePercent,
      ),
    }
  })
}
