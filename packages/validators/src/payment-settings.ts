import { z } from 'zod'
import { ZId } from './common'
import { ZProvince } from './contact'
import { ZMultilineText, ZText } from './text'

/** Spaces and dashes are how numbers are copied from a CRA or Revenu Québec letter: kept out. */
const compact = (value: string) => value.replace(/[\s-]/g, '').toUpperCase()

/** A registration number as printed on invoices, e.g. '123456789 RT0001'; blank or null = not registered. */
const registration = (pattern: RegExp, message: string, print: (digits: string, account: string) => string) =>
  ZText.max(40)
    .transform((value) => compact(value))
    .refine((value) => value === '' || pattern.test(value), { message })
    .transform((value) => {
      const match = pattern.exec(value)
      return match?.[1] && match[2] ? print(match[1], match[2]) : null
    })
    .nullable()

/** GST/HST: the 9-digit business number, then RT and a 4-digit account. */
export const ZGstHstNumber = registration(/^(\d{9})(RT\d{4})$/, 'payment.gstNumberInvalid', (bn, rt) => `${bn} ${rt}`)
/** QST: a 10-digit identification number, then TQ and a 4-digit file number. */
export const ZQstNumber = registration(/^(\d{10})(TQ\d{4})$/, 'payment.qstNumberInvalid', (id, tq) => `${id} ${tq}`)
/** A provincial sales tax number (BC PST, MB RST, SK PST): formats differ, so only bounded. */
export const ZPstNumber = ZText.max(40)
  .trim()
  .transform((value) => (value === '' ? null : value))
  .nullable()

const ZInvoiceNotes = ZMultilineText.trim()
  .max(2000, { message: 'payment.notesTooLong' })
  .transform((value) => (value === '' ? null : value))
  .nullable()

/** What a business says about its taxes and invoices (admin settings). */
export const ZPaymentSettingsInput = z.strictObject({
  taxProvince: ZProvince,
  gstHstNumber: ZGstHstNumber,
  qstNumber: ZQstNumber,
  pstNumber: ZPstNumber,
  invoiceTermsDays: z
    .number({ message: 'payment.termsInvalid' })
    .int({ message: 'payment.termsInvalid' })
    .min(0, { message: 'payment.termsInvalid' })
    .max(365, { message: 'payment.termsInvalid' }),
  invoiceNotesFr: ZInvoiceNotes,
  invoiceNotesEn: ZInvoiceNotes,
})
export type TPaymentSettingsInput = z.input<typeof ZPaymentSettingsInput>
export type TPaymentSettings = z.output<typeof ZPaymentSettingsInput>

/**
 * The platform's fee on one business's charges, set by an operator: basis points (at most 20 %)
 * and a fixed part (at most $10.00); both null = the configured default.
 */
export const ZPlatformFeeInput = z
  .strictObject({
    tenantId: ZId,
    feeBps: z
      .number({ message: 'payment.feeInvalid' })
      .int({ message: 'payment.feeInvalid' })
      .min(0, { message: 'payment.feeInvalid' })
      .max(2000, { message: 'payment.feeInvalid' })
      .nullable(),
    feeFixedCents: z
      .number({ message: 'payment.feeInvalid' })
      .int({ message: 'payment.feeInvalid' })
      .min(0, { message: 'payment.feeInvalid' })
      .max(1000, { message: 'payment.feeInvalid' })
      .nullable(),
  })
  .refine((value) => (value.feeBps === null) === (value.feeFixedCents === null), {
    message: 'payment.feeInvalid',
    path: ['feeBps'],
  })
export type TPlatformFeeInput = z.infer<typeof ZPlatformFeeInput>
