import type { EmailPropsByTemplate } from '../email-types'

type BillingTemplate = 'invoice-issued' | 'payment-receipt' | 'payment-failed' | 'refund-issued'

const invoices = 'https://piscines-laurentides.portail.ca/fr/portal/invoices'

/** Sample props of the billing messages (templates.test.ts renders every template with them). */
export const billingProps: Pick<EmailPropsByTemplate, BillingTemplate> = {
  'invoice-issued': {
    recipientName: 'Élodie',
    link: invoices,
    timeZone: 'America/Toronto',
    kind: 'invoice',
    number: 'F-000042',
    totalCents: 45990,
    dueDate: '2027-01-07',
  },
  'payment-receipt': {
    recipientName: 'Élodie',
    link: invoices,
    timeZone: 'America/Toronto',
    amountCents: 45990,
    receivedAt: '2026-12-08T03:30:00.000Z',
    receiptNumber: 'R-000017',
    invoiceNumber: 'F-000042',
  },
  'payment-failed': {
    recipientName: 'Élodie',
    link: invoices,
    timeZone: 'America/Toronto',
    amountCents: 12000,
    failureMessage: 'Your card has insufficient funds.',
  },
  'refund-issued': {
    recipientName: 'Élodie',
    link: invoices,
    timeZone: 'America/Toronto',
    amountCents: 5000,
    creditNoteNumber: 'NC-000003',
  },
}

/** What each billing message's plain text must carry. */
export const billingEssentials: Record<BillingTemplate, string[]> = {
  'invoice-issued': ['F-000042', invoices],
  'payment-receipt': ['R-000017', 'F-000042', invoices],
  'payment-failed': [invoices, 'insufficient funds'],
  'refund-issued': ['NC-000003', invoices],
}
