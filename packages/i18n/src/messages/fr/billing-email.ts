/**
 * The words of the billing emails (invoice issued, receipt, failed payment, refund), French, the
 * reference for en/billing-email.ts. Nested under `email.billing` by email-catalogs.ts; same rules
 * as fr/email.ts (`{name}` arguments, amounts and dates already written by the formatters).
 */
export const billingEmailFr = {
  greeting: 'Bonjour {name},',
  greetingNoName: 'Bonjour,',
  amount: 'Montant',
  number: 'Numéro',
  dueDate: 'Échéance',
  attached: 'Le document PDF est joint à ce message.',
  invoiceIssued: {
    subject: 'Facture {number} de {business}',
    subjectCreditNote: 'Note de crédit {number} de {business}',
    preview: 'Facture {number} : {amount}',
    heading: 'Votre facture',
    headingCreditNote: 'Votre note de crédit',
    intro: '{business} vous a émis la facture {number} d’un montant de {amount}.',
    introCreditNote: '{business} vous a émis la note de crédit {number} d’un montant de {amount}.',
    due: 'Elle est payable au plus tard le {date}.',
    view: 'Voir mes factures',
  },
  paymentReceipt: {
    subject: 'Reçu de paiement de {business} : {amount}',
    preview: 'Paiement de {amount} reçu',
    heading: 'Paiement reçu, merci',
    intro: 'Nous avons bien reçu votre paiement de {amount} le {date}.',
    forInvoice: 'Il s’applique à la facture {number}.',
    receipt: 'Reçu {number}',
    staffSubject: 'Paiement reçu de {client} : {amount}',
    staffIntro: '{client} a payé {amount} le {date}.',
    view: 'Voir mes factures',
    viewStaff: 'Voir les paiements',
  },
  paymentFailed: {
    subject: 'Votre paiement de {amount} n’a pas abouti',
    preview: 'Paiement de {amount} refusé',
    heading: 'Le paiement n’a pas abouti',
    intro: 'Votre paiement de {amount} à {business} n’a pas pu être effectué.',
    reason: 'Motif donné par la banque : {reason}',
    retry: 'Vous pouvez payer de nouveau ou mettre à jour votre carte depuis le portail.',
    action: 'Payer de nouveau',
    staffSubject: 'Paiement refusé : {client}, {amount}',
    staffIntro: 'Le paiement de {amount} de {client} n’a pas abouti.',
    viewStaff: 'Voir les paiements',
  },
  refundIssued: {
    subject: 'Remboursement de {amount} par {business}',
    preview: 'Remboursement de {amount}',
    heading: 'Votre remboursement',
    intro: '{business} vous a remboursé {amount}.',
    delay: 'Selon votre banque, le montant paraît sur votre relevé dans les 5 à 10 jours ouvrables.',
    creditNote: 'La note de crédit {number} est jointe à ce message.',
    view: 'Voir mes factures',
  },
}
