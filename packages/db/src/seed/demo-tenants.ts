import type { tenants } from '../schema'

export type DemoTenant = Omit<typeof tenants.$inferInsert, 'id' | 'createdAt' | 'updatedAt' | 'clerkOrgId'> & {
  slug: string
}

/**
 * The demo businesses: three active trades with bilingual content, and one suspended business so
 * the "portal unavailable" page can be shown. All in Quebec/Ontario, whose IANA zone is
 * America/Toronto (Quebec has no zone of its own in the tz database).
 */
export const demoTenants = [
  {
    slug: 'piscines-laurentides',
    name: 'Piscines Laurentides',
    trade: 'pool_care',
    timeZone: 'America/Toronto',
    defaultLocale: 'fr',
    privacyOfficerName: 'Sophie Lavoie',
    privacyOfficerEmail: 'vie-privee@piscines-laurentides.example',
    branding: { primaryColor: '#0E7490' },
    settings: {
      description: {
        fr: 'Ouverture, entretien hebdomadaire et fermeture de piscines dans les Laurentides depuis 2009.',
        en: 'Pool opening, weekly maintenance and closing across the Laurentians since 2009.',
      },
      contactEmail: 'bonjour@piscines-laurentides.example',
    },
    contactPhone: '+14505550100',
    contactAddress: {
      line1: '1250, boulevard du Curé-Labelle',
      city: 'Saint-Jérôme',
      province: 'QC',
      postalCode: 'J7Z 5T2',
      country: 'CA',
    },
  },
  {
    slug: 'clinique-belair',
    name: 'Clinique Bel-Air Physio & Massothérapie',
    trade: 'clinic',
    timeZone: 'America/Toronto',
    defaultLocale: 'fr',
    privacyOfficerName: 'Dre Amélie Roy',
    privacyOfficerEmail: 'confidentialite@clinique-belair.example',
    branding: { primaryColor: '#15803D' },
    settings: {
      description: {
        fr: 'Physiothérapie, massothérapie et rééducation sportive au cœur de Rosemont.',
        en: 'Physiotherapy, massage therapy and sports rehabilitation in the heart of Rosemont.',
      },
      contactEmail: 'accueil@clinique-belair.example',
    },
    contactPhone: '+15145550110',
    contactAddress: {
      line1: '5600, rue Saint-Hubert',
      line2: 'Bureau 210',
      city: 'Montréal',
      province: 'QC',
      postalCode: 'H2S 2M2',
      country: 'CA',
    },
  },
  {
    slug: 'tremblay-cpa',
    name: 'Tremblay CPA',
    trade: 'accounting',
    timeZone: 'America/Toronto',
    defaultLocale: 'en',
    privacyOfficerName: 'Jean Tremblay',
    privacyOfficerEmail: 'privacy@tremblay-cpa.example',
    branding: { primaryColor: '#1E3A8A' },
    settings: {
      description: {
        fr: 'Impôts des particuliers, tenue de livres et conseils aux petites entreprises, de Gatineau à Ottawa.',
        en: 'Personal tax returns, bookkeeping and small-business advice, from Gatineau to Ottawa.',
      },
      contactEmail: 'office@tremblay-cpa.example',
    },
    contactPhone: '+16135550120',
    contactAddress: {
      line1: '180 Elgin Street',
      line2: 'Suite 900',
      city: 'Ottawa',
      province: 'ON',
      postalCode: 'K2P 2K3',
      country: 'CA',
    },
  },
  {
    slug: 'atelier-ferme',
    name: "L'Atelier de la Ferme",
    trade: 'landscaping',
    status: 'suspended',
    suspendedReason: 'Abonnement impayé depuis 60 jours / Subscription unpaid for 60 days',
    timeZone: 'America/Toronto',
    defaultLocale: 'fr',
    branding: { primaryColor: '#92400E' },
    settings: {
      description: {
        fr: 'Aménagement paysager et entretien de terrains en Estrie.',
        en: 'Landscaping and grounds maintenance in the Eastern Townships.',
      },
    },
  },
] as const satisfies readonly DemoTenant[]

export type DemoTenantSlug = (typeof demoTenants)[number]['slug']
