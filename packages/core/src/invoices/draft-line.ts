import type { InvoiceLineKind } from '@portail/db/schema'

/** A line as core builds it before writing it (position comes from its index, from 1). */
export interface DraftLine {
  descriptionFr: string
  descriptionEn: string
  quantity: number
  unitCents: number
  amountCents: number
  taxable: boolean
  pstApplies: boolean
  kind: InvoiceLineKind
  bookingId: string | null
}

/** A staff-entered line: amount = quantity × unit. */
export const customLine = (
  line: {
    descriptionFr: string
    descriptionEn: string
    quantity: number
    unitCents: number
    taxable: boolean
    pstApplies: boolean
  },
  bookingId: string | null = null,
): DraftLine => ({ ...line, amountCents: line.quantity * line.unitCents, kind: 'custom', bookingId })

export const subtotalOf = (lines: readonly Pick<DraftLine, 'amountCents'>[]) =>
  lines.reduce((sum, line) => sum + line.amountCents, 0)

/** What the tax engine reads of a line. */
export const taxableLineOf = (line: Pick<DraftLine, 'amountCents' | 'taxable' | 'pstApplies'>) => ({
  amountCents: line.amountCents,
  taxable: line.taxable,
  pstApplies: line.pstApplies,
})
