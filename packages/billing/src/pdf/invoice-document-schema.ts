import { z } from 'zod'
import { isoDate, maxLineCents, maxLines, province } from '../tax/input-schema'
import type { InvoiceDocument } from './invoice-document'

const documentCents = z.int().min(-maxLineCents * maxLines).max(maxLineCents * maxLines)
const text = (max: number) => z.string().max(max)

/** Bounds of what a PDF accepts: core builds the document, this catches a wrong one before layout. */
export const invoiceDocumentSchema: z.ZodType<InvoiceDocument> = z.object({
  kind: z.enum(['invoice', 'credit_note', 'receipt']),
  language: z.enum(['fr', 'en', 'fr-en']),
  number: z.string().min(1).max(20),
  issueDate: isoDate,
  dueDate: isoDate.nullable(),
  references: z.object({ number: z.string().min(1).max(20), issueDate: isoDate }).nullable(),
  currency: z.literal('CAD', { error: 'only CAD invoices are supported' }),
  seller: z.object({
    name: z.string().min(1).max(200),
    address: z.array(text(200)).max(6),
    email: text(320).nullable(),
    phone: text(40).nullable(),
    gstHstNumber: text(40).nullable(),
    qstNumber: text(40).nullable(),
    pstNumber: text(40).nullable(),
    brandColor: z.string().regex(/^#[0-9a-fA-F]{6}$/, { error: 'brandColor must be #rrggbb' }).nullable(),
  }),
  buyer: z.object({ name: z.string().min(1).max(200), address: z.array(text(200)).max(6), email: text(320).nullable() }),
  placeOfSupply: province,
  lines: z
    .array(
      z.object({
        descriptionFr: z.string().min(1).max(500),
        descriptionEn: z.string().min(1).max(500),
        quantity: z.int().min(1).max(1000),
        unitCents: documentCents,
        amountCents: documentCents,
      }),
    )
    .max(maxLines),
  subtotalCents: documentCents,
  taxes: z
    .array(
      z.object({
        code: z.enum(['GST', 'HST', 'QST', 'PST', 'RST']),
        ratePercent: z.number().min(0).max(100),
        amountCents: documentCents,
      }),
    )
    .max(5),
  totalCents: documentCents,
  paidCents: documentCents,
  balanceCents: documentCents,
  paymentMethod: text(100).nullable(),
  notes: text(4000).nullable(),
})
