import type { paymentPlans, tenantPaymentSettings } from '../schema'
import type { DemoTenantSlug } from './demo-tenants'

type DemoSettings = Omit<typeof tenantPaymentSettings.$inferInsert, 'tenantId' | 'updatedAt'>
export type DemoPlan = Omit<
  typeof paymentPlans.$inferInsert,
  'id' | 'tenantId' | 'serviceId' | 'createdAt' | 'updatedAt'
> & {
  /** The demo service (French name) the plan is for, if any. */
  serviceNameFr?: string
}

/**
 * Payment settings of every demo business: in Quebec, not connected to Stripe yet (the onboarding
 * is the demo's first step). The pool company is registered for GST and QST (numbers in the CRA
 * and Revenu Québec formats, invented); the others are small suppliers (no registration).
 */
export const demoPaymentSettings: Record<DemoTenantSlug, DemoSettings> = {
  'piscines-laurentides': {
    taxProvince: 'QC',
    gstHstNumber: '123456789 RT0001',
    qstNumber: '1234567890 TQ0001',
    invoiceTermsDays: 15,
    invoiceNotesFr: 'Merci de votre confiance! Paiement par carte ou virement Interac.',
    invoiceNotesEn: 'Thank you for your business! Pay by card or Interac e-Transfer.',
  },
  'clinique-belair': { taxProvince: 'QC' },
  'tremblay-cpa': { taxProvince: 'QC' },
  'atelier-ferme': { taxProvince: 'QC' },
}

/** Recurring plans: the pool company's season of weekly maintenance, billed monthly. */
export const demoPaymentPlans: Partial<Record<DemoTenantSlug, readonly DemoPlan[]>> = {
  'piscines-laurentides': [
    {
      nameFr: 'Entretien hebdomadaire — saison complète',
      nameEn: 'Weekly maintenance — full season',
      descriptionFr: 'Une visite d’entretien par semaine de mai à septembre, facturée chaque mois.',
      descriptionEn: 'One maintenance visit a week from May to September, billed monthly.',
      amountCents: 36000,
      interval: 'month',
      intervalCount: 1,
      seasonStartMonth: 5,
      seasonEndMonth: 9,
      serviceNameFr: 'Entretien hebdomadaire',
    },
    {
      nameFr: 'Entretien aux deux semaines',
      nameEn: 'Maintenance every two weeks',
      descriptionFr: 'Une visite aux deux semaines de mai à septembre, facturée aux deux semaines.',
      descriptionEn: 'One visit every two weeks from May to September, billed every two weeks.',
      amountCents: 9500,
      interval: 'week',
      intervalCount: 2,
      seasonStartMonth: 5,
      seasonEndMonth: 9,
      serviceNameFr: 'Entretien hebdomadaire',
    },
  ],
}
