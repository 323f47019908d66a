/**
 * What the billing messages say (issue 14). Amounts are integer cents (CAD); instants are ISO,
 * written in `timeZone` (the business's clock); dates of an invoice are `YYYY-MM-DD`. `clientName`
 * makes a receipt or failed-payment message the staff member's version; without it the message
 * speaks to the client.
 */
export interface BillingMessageBase {
  recipientName: string
  /** The page the message leads to: the client's invoices, a way to pay again, the staff's payments. */
  link: string
  timeZone: string
}

/** invoice-issued: an invoice or a credit note was numbered; its PDF is attached. */
export interface InvoiceIssuedEmailProps extends BillingMessageBase {
  kind: 'invoice' | 'credit_note'
  /** As printed: `F-000042`, `NC-000003`. */
  number: string
  totalCents: number
  dueDate: string | null
}

/** payment-receipt: a payment succeeded (client: the receipt PDF attached; staff: a notice). */
export interface PaymentReceiptEmailProps extends BillingMessageBase {
  amountCents: number
  receivedAt: string
  receiptNumber: string | null
  invoiceNumber: string | null
  clientName?: string
}

/** payment-failed: a card payment failed; the client is shown how to pay again. */
export interface PaymentFailedEmailProps extends BillingMessageBase {
  amountCents: number
  /** The bank's message as Stripe gives it, if any (shown as is). */
  failureMessage: string | null
  clientName?: string
}

/** refund-issued: a refund went through; the credit note's PDF is attached when there is one. */
export interface RefundIssuedEmailProps extends BillingMessageBase {
  amountCents: number
  creditNoteNumber: string | null
}
