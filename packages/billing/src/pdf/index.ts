export { renderInvoicePdf } from './render-invoice-pdf'
export type { InvoiceDocument } from './invoice-document'
