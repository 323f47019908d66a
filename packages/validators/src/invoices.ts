import { z } from 'zod'
import { dateOutOfRangeMessage, isYearInRange, paginationShape, ZId } from './common'
import { ZMultilineText, ZText } from './text'

/** The most a single amount may be: 100,000 $ in cents (payments, lines, credit notes). */
export const maxInvoiceAmountCents = 10_000_000
/** Lines of one invoice: more than a real visit or a month of service ever needs. */
export const maxInvoiceLines = 100
export const maxLineQuantity = 1000

/** Currencies an invoice may be written in (issue 14: CAD only; others are refused, not converted). */
export const invoiceCurrencies = ['CAD'] as const

export const ZInvoiceCurrency = z.enum(invoiceCurrencies, { message: 'invoice.unsupportedCurrency' })

const isCalendarDate = (value: string) => {
  const [year, month, day] = value.split('-').map(Number)
  if (year === undefined || month === undefined || day === undefined) return false
  const date = new Date(Date.UTC(year, month - 1, day))
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day
}

/** A calendar date "YYYY-MM-DD" (issue dates and report periods are in the business's time zone). */
export const ZInvoiceDate = ZText.max(10, { message: 'invoice.invalidDate' })
  .regex(/^\d{4}-\d{2}-\d{2}$/, { message: 'invoice.invalidDate', abort: true })
  .refine(isCalendarDate, { message: 'invoice.invalidDate', abort: true })
  .refine(isYearInRange, { message: dateOutOfRangeMessage })

const ZDescription = ZText.trim()
  .min(1, { message: 'invoice.descriptionRequired' })
  .max(500, { message: 'invoice.descriptionTooLong' })

/** Cents of a unit price: 0 to 100,000 $; a discount is a credit note, not a negative line. */
export const ZUnitCents = z
  .number({ message: 'invoice.amountOutOfRange' })
  .int({ message: 'invoice.amountOutOfRange' })
  .min(0, { message: 'invoice.amountOutOfRange' })
  .max(maxInvoiceAmountCents, { message: 'invoice.amountOutOfRange' })

/** A positive amount in cents (a payment, a partial credit note): 1 cent to 100,000 $. */
export const ZPositiveCents = z
  .number({ message: 'invoice.amountOutOfRange' })
  .int({ message: 'invoice.amountOutOfRange' })
  .min(1, { message: 'invoice.amountOutOfRange' })
  .max(maxInvoiceAmountCents, { message: 'invoice.amountOutOfRange' })

export const ZInvoiceLineInput = z.strictObject({
  descriptionFr: ZDescription,
  descriptionEn: ZDescription,
  quantity: z
    .number({ message: 'invoice.quantityOutOfRange' })
    .int({ message: 'invoice.quantityOutOfRange' })
    .min(1, { message: 'invoice.quantityOutOfRange' })
    .max(maxLineQuantity, { message: 'invoice.quantityOutOfRange' }),
  unitCents: ZUnitCents,
  taxable: z.boolean().default(true),
  pstApplies: z.boolean().default(false),
})
export type TInvoiceLineInput = z.input<typeof ZInvoiceLineInput>

/** Lines whose total stays payable in one payment (and inside the database's integer amounts). */
const ZLines = z
  .array(ZInvoiceLineInput)
  .min(1, { message: 'invoice.noLines' })
  .max(maxInvoiceLines, { message: 'invoice.tooManyLines' })
  .refine((lines) => lines.reduce((sum, line) => sum + line.quantity * line.unitCents, 0) <= maxInvoiceAmountCents, {
    message: 'invoice.totalTooLarge',
  })

const ZNotes = ZMultilineText.trim().max(2000, { message: 'invoice.notesTooLong' })

export const ZCreateDraftInvoiceInput = z.strictObject({
  clientId: ZId,
  /** The visit the invoice is for, if any (its service address decides the place of supply). */
  bookingId: ZId.optional(),
  currency: ZInvoiceCurrency.default('CAD'),
  lines: ZLines,
  notes: ZNotes.optional(),
})
export type TCreateDraftInvoiceInput = z.input<typeof ZCreateDraftInvoiceInput>

export const ZUpdateDraftInvoiceInput = z.strictObject({
  invoiceId: ZId,
  lines: ZLines.optional(),
  /** null clears the notes. */
  notes: ZNotes.nullable().optional(),
})
export type TUpdateDraftInvoiceInput = z.input<typeof ZUpdateDraftInvoiceInput>

export const ZInvoiceIdInput = z.strictObject({ invoiceId: ZId })
export type TInvoiceIdInput = z.input<typeof ZInvoiceIdInput>

export const ZBookingInvoiceInput = z.strictObject({ bookingId: ZId })
export type TBookingInvoiceInput = z.input<typeof ZBookingInvoiceInput>

const ZReason = ZMultilineText.trim()
  .min(1, { message: 'invoice.reasonRequired' })
  .max(500, { message: 'invoice.reasonTooLong' })

export const ZVoidInvoiceInput = z.strictObject({ invoiceId: ZId, reason: ZReason })
export type TVoidInvoiceInput = z.input<typeof ZVoidInvoiceInput>

/** Payments staff record by hand; cards only ever arrive through Stripe. */
export const offlinePaymentMethods = ['cash', 'etransfer', 'cheque', 'other'] as const

export const ZRecordOfflinePaymentInput = z.strictObject({
  invoiceId: ZId,
  method: z.enum(offlinePaymentMethods, { message: 'invoice.invalidPaymentMethod' }),
  amountCents: ZPositiveCents,
  currency: ZInvoiceCurrency.default('CAD'),
  note: ZMultilineText.trim().max(500, { message: 'invoice.notesTooLong' }).optional(),
})
export type TRecordOfflinePaymentInput = z.input<typeof ZRecordOfflinePaymentInput>

/** A whole credit note (neither amount nor lines), a partial amount, or chosen lines. */
export const ZIssueCreditNoteInput = z
  .strictObject({
    invoiceId: ZId,
    amountCents: ZPositiveCents.optional(),
    lines: ZLines.optional(),
    reason: ZReason,
  })
  .refine((input) => input.amountCents === undefined || input.lines === undefined, {
    message: 'invoice.creditAmountOrLines',
    path: ['amountCents'],
  })
export type TIssueCreditNoteInput = z.input<typeof ZIssueCreditNoteInput>

export const invoiceStatuses = ['draft', 'issued', 'partly_paid', 'paid', 'void'] as const
export const ZInvoiceStatus = z.enum(invoiceStatuses, { message: 'invoice.invalidStatus' })

/** Staff list: by status, client and issue-date period (inclusive, business's time zone). */
export const ZListInvoicesInput = z
  .strictObject({
    ...paginationShape,
    status: ZInvoiceStatus.optional(),
    clientId: ZId.optional(),
    from: ZInvoiceDate.optional(),
    to: ZInvoiceDate.optional(),
  })
  .refine((input) => input.from === undefined || input.to === undefined || input.from <= input.to, {
    message: 'invoice.invalidPeriod',
    path: ['to'],
  })
export type TListInvoicesInput = z.input<typeof ZListInvoicesInput>

/** A client's own list: never a draft (the status filter refuses it). */
export const ZMyInvoicesInput = z.strictObject({
  ...paginationShape,
  status: z.enum(['issued', 'partly_paid', 'paid', 'void'], { message: 'invoice.invalidStatus' }).optional(),
})
export type TMyInvoicesInput = z.input<typeof ZMyInvoicesInput>

/** A filing period: at most a little over a year (an annual filer's year, with its edges). */
export const maxTaxReportDays = 400

export const ZTaxReportInput = z.strictObject({ from: ZInvoiceDate, to: ZInvoiceDate }).refine(
  (input) => {
    const span = (Date.parse(input.to) - Date.parse(input.from)) / 86_400_000
    return span >= 0 && span <= maxTaxReportDays
  },
  { message: 'invoice.invalidPeriod', path: ['to'] },
)
export type TTaxReportInput = z.input<typeof ZTaxReportInput>
