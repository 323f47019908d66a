/** Domain errors of invoices, credit notes and tax reports (en); spread into domain-errors.ts. */
export const invoiceErrorsEn = {
  invoice: {
    notFound: 'Invoice not found.',
  },
}
