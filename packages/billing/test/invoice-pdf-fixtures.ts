import type { InvoiceDocument } from '../src/pdf/invoice-document'

/** §5 worked example #1: a Quebec pool opening, 149.99 $ + TPS 7.50 + TVQ 14.96 = 172.45 $. */
export const frenchInvoice: InvoiceDocument = {
  kind: 'invoice',
  language: 'fr',
  number: 'F-000001',
  issueDate: '2026-05-04',
  dueDate: '2026-06-03',
  references: null,
  currency: 'CAD',
  seller: {
    name: 'Piscines Côté & Frères inc.',
    address: ['1234, rue de l’Église', 'Québec (Québec) G1R 2B5'],
    email: 'bonjour@piscines-cote.ca',
    phone: '418 555-0199',
    gstHstNumber: '123456789 RT0001',
    qstNumber: '1234567890 TQ0001',
    pstNumber: null,
    brandColor: '#0b6e99',
  },
  buyer: {
    name: 'Hélène Bérubé-Çelik',
    address: ['56, avenue des Érables', 'Lévis (Québec) G6V 1A1'],
    email: 'helene@example.ca',
  },
  placeOfSupply: 'QC',
  lines: [
    {
      descriptionFr:
        'Ouverture de piscine « printemps » : retrait de la toile, nettoyage complet du bassin, vérification du système de filtration, mise en marche et équilibrage de l’eau — œuvre garantie à l’intérieur comme à l’extérieur, ça va de soi.',
      descriptionEn:
        'Spring pool opening: cover removal, full basin cleaning, filtration check, start-up and water balancing.',
      quantity: 1,
      unitCents: 14999,
      amountCents: 14999,
    },
  ],
  subtotalCents: 14999,
  taxes: [
    { code: 'GST', ratePercent: 5, amountCents: 750 },
    { code: 'QST', ratePercent: 9.975, amountCents: 1496 },
  ],
  totalCents: 17245,
  paidCents: 0,
  balanceCents: 17245,
  paymentMethod: null,
  notes: 'Payable en 30 jours. Merci de votre confiance !',
}

export const englishInvoice: InvoiceDocument = { ...frenchInvoice, language: 'en', notes: 'Payable within 30 days.' }

/** §5 worked example #2: a partial credit note against F-000001. */
export const creditNote: InvoiceDocument = {
  ...frenchInvoice,
  kind: 'credit_note',
  number: 'NC-000001',
  issueDate: '2026-05-20',
  dueDate: null,
  references: { number: 'F-000001', issueDate: '2026-05-04' },
  lines: [
    {
      descriptionFr: 'Remboursement partiel : nettoyage non effectué',
      descriptionEn: 'Partial refund: cleaning not done',
      quantity: 1,
      unitCents: -5000,
      amountCents: -5000,
    },
  ],
  subtotalCents: -5000,
  taxes: [
    { code: 'GST', ratePercent: 5, amountCents: -250 },
    { code: 'QST', ratePercent: 9.975, amountCents: -499 },
  ],
  totalCents: -5749,
  paidCents: 0,
  balanceCents: 0,
  notes: null,
}

/** 50 lines: more than one Letter page. */
export const longInvoice: InvoiceDocument = {
  ...frenchInvoice,
  number: 'F-000050',
  lines: Array.from({ length: 50 }, (_, index) => ({
    descriptionFr: `Entretien hebdomadaire n° ${index + 1} : analyse de l’eau et ajout de chlore`,
    descriptionEn: `Weekly maintenance #${index + 1}: water test and chlorine`,
    quantity: 1,
    unitCents: 4500,
    amountCents: 4500,
  })),
  subtotalCents: 225000,
  taxes: [
    { code: 'GST', ratePercent: 5, amountCents: 11250 },
    { code: 'QST', ratePercent: 9.975, amountCents: 22444 },
  ],
  totalCents: 258694,
  balanceCents: 258694,
}
