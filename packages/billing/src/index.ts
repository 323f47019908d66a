export * from './tax/types'
export * from './payments/port'
export type { InvoiceDocument } from './pdf/invoice-document'
