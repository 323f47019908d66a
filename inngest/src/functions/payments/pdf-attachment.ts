import type { InvoiceDocument } from '@portail/billing'
import { renderInvoicePdf } from '@portail/billing/pdf'
import type { MailAttachment } from '@portail/db/schema'

/** A document's PDF as a mail attachment named by its printed number (`F-000042.pdf`). */
export async function pdfAttachment(document: InvoiceDocument, printedNumber: string): Promise<MailAttachment> {
  const pdf = await renderInvoicePdf(document)
  return { filename: `${printedNumber}.pdf`, contentType: 'application/pdf', contentBase64: pdf.toString('base64') }
}
