/** Domain errors of invoices, credit notes and tax reports (fr); spread into domain-errors.ts. */
export const invoiceErrorsFr = {
  invoice: {
    notFound: 'Facture introuvable.',
  },
}
