import { z } from 'zod'
import { provinceCodes } from './types'

export const maxLineCents = 100_000_000
export const maxLines = 500

/** A real calendar day written YYYY-MM-DD (2025-02-30 is refused). */
export const isoDate = z.iso.date({ error: 'date must be a calendar day written YYYY-MM-DD' })

export const province = z.enum(provinceCodes, { error: 'unknown province or territory code' })

const cents = z
  .int({ error: 'amountCents must be an integer number of cents' })
  .min(-maxLineCents, { error: `|amountCents| must be at most ${maxLineCents} per line` })
  .max(maxLineCents, { error: `|amountCents| must be at most ${maxLineCents} per line` })

export const computeInvoiceTaxesInput = z.object({
  lines: z
    .array(
      z.object({
        amountCents: cents,
        taxable: z.boolean().optional(),
        pstApplies: z.boolean().optional(),
      }),
    )
    .max(maxLines, { error: `an invoice has at most ${maxLines} lines` }),
  placeOfSupply: province,
  date: isoDate,
  registrations: z.object({
    gstHst: z.string().min(1).max(40).nullable(),
    qst: z.string().min(1).max(40).nullable(),
    pst: z.string().min(1).max(40).nullable().optional(),
  }),
})

/** The engine is a pure library: bad input is a programming error, thrown as a RangeError. */
export function parseOrThrow<T>(schema: z.ZodType<T>, value: unknown, what: string): T {
  const result = schema.safeParse(value)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const path = issue && issue.path.length > 0 ? ` (at ${issue.path.join('.')})` : ''
  throw new RangeError(`${what}: ${issue?.message ?? 'invalid input'}${path}`)
}
