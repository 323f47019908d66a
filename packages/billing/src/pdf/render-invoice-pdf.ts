import { renderToBuffer } from '@react-pdf/renderer'
import { parseOrThrow } from '../tax/input-schema'
import { registerFonts } from './fonts'
import type { InvoiceDocument } from './invoice-document'
import { invoiceDocumentSchema } from './invoice-document-schema'
import { invoicePdfElement } from './invoice-pdf'

/** An invoice, credit note or receipt as a PDF (US Letter, Noto Sans embedded and subset). */
export async function renderInvoicePdf(doc: InvoiceDocument): Promise<Buffer> {
  const checked = parseOrThrow(invoiceDocumentSchema, doc, 'renderInvoicePdf')
  registerFonts()
  return renderToBuffer(invoicePdfElement(checked))
}
