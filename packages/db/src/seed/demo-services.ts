import type { DemoTenantSlug } from './demo-tenants'

export interface DemoService {
  nameFr: string
  nameEn: string
  descriptionFr: string
  descriptionEn: string
  durationMinutes: number
  priceCents: number
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
  options: readonly { nameFr: string; nameEn: string; extraMinutes: number; extraPriceCents: number }[]
}

const service = (fields: Partial<DemoService> & Pick<DemoService, 'nameFr' | 'nameEn' | 'durationMinutes' | 'priceCents'>): DemoService => ({
  descriptionFr: '',
  descriptionEn: '',
  bufferBeforeMinutes: 0,
  bufferAfterMinutes: 0,
  paymentRule: 'none',
  depositCents: null,
  options: [],
  ...fields,
})

/** Bookable services of the three active demo businesses (the suspended one sells nothing). */
export const demoServices: Partial<Record<DemoTenantSlug, readonly DemoService[]>> = {
  'piscines-laurentides': [
    service({
      nameFr: 'Ouverture de piscine',
      nameEn: 'Pool opening',
      descriptionFr: 'Retrait de la toile, remise en marche de la filtration et équilibre de l’eau.',
      descriptionEn: 'Cover removal, filtration start-up and water balancing.',
      durationMinutes: 120,
      priceCents: 27500,
      bufferBeforeMinutes: 30,
      bufferAfterMinutes: 30,
      paymentRule: 'deposit',
      depositCents: 5000,
      options: [{ nameFr: 'Nettoyage du filtre', nameEn: 'Filter cleaning', extraMinutes: 30, extraPriceCents: 4000 }],
    }),
    service({
      nameFr: 'Entretien hebdomadaire',
      nameEn: 'Weekly maintenance',
      durationMinutes: 60,
      priceCents: 8500,
      bufferBeforeMinutes: 20,
      bufferAfterMinutes: 10,
    }),
  ],
  'clinique-belair': [
    service({
      nameFr: 'Évaluation en physiothérapie',
      nameEn: 'Physiotherapy assessment',
      durationMinutes: 60,
      priceCents: 11000,
      bufferAfterMinutes: 15,
      paymentRule: 'full',
    }),
    service({
      nameFr: 'Massothérapie 60 minutes',
      nameEn: 'Massage therapy, 60 minutes',
      durationMinutes: 60,
      priceCents: 9500,
      bufferAfterMinutes: 15,
      options: [{ nameFr: 'Pierres chaudes', nameEn: 'Hot stones', extraMinutes: 15, extraPriceCents: 2000 }],
    }),
  ],
  'tremblay-cpa': [
    service({
      nameFr: 'Rencontre impôts des particuliers',
      nameEn: 'Personal tax meeting',
      durationMinutes: 45,
      priceCents: 0,
      bufferAfterMinutes: 15,
    }),
  ],
}

/** Weekly hours every demo staff member works (ISO weekday, local time), lunch excluded. */
export const demoWorkingHours = [1, 2, 3, 4, 5].flatMap((weekday) => [
  { weekday, startTime: '08:00', endTime: '12:00' },
  { weekday, startTime: '13:00', endTime: '17:00' },
])
