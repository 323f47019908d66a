export { applyPaymentToInvoice } from './apply-payment-to-invoice'
export { createBookingInvoice } from './create-booking-invoice'
export { type CreateDraftInvoiceData, createDraftInvoice } from './create-draft-invoice'
export { getInvoice, getMyInvoice, type InvoiceDetail, type InvoiceViewer } from './get-invoice'
export { invoicesDueSummary } from './invoices-due-summary'
export type { InvoiceRow } from './invoice-rows'
export type { InvoiceSummary } from './invoice-view'
export {
  issueCreditNote,
  issueCreditNoteAsStaff,
  type CreditNoteRequest,
  type IssueCreditNoteData,
} from './issue-credit-note'
export { issueDepositInvoice } from './issue-deposit-invoice'
export type { Issuer } from './issue-draft'
export { issueInvoice } from './issue-invoice'
export { listInvoices, listMyInvoices, type ListInvoicesData, type MyInvoicesData } from './list-invoices'
export { type BookingPaymentQuote, quoteBookingPayment } from './quote-booking-payment'
export { type RecordOfflinePaymentData, recordOfflinePayment } from './record-offline-payment'
export { type TaxReport, type TaxReportData, type TaxReportLine, taxReport } from './tax-report'
export { plainDecimal, taxReportCsv } from './tax-report-csv'
export { toInvoiceDocument, toReceiptDocument } from './to-invoice-document'
export { type UpdateDraftInvoiceData, updateDraftInvoice } from './update-draft-invoice'
export { type VoidInvoiceData, voidInvoice } from './void-invoice'
