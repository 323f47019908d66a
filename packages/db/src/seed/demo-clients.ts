import type { CommunicationPreferences, ServiceAddress } from '../schema'
import type { DemoTenantSlug } from './demo-tenants'

export interface DemoClient {
  fullName: string
  email: string
  phone: string | null
  locale: 'fr' | 'en'
  serviceAddress: ServiceAddress | null
  communicationPreferences: CommunicationPreferences
}

const qc = (line1: string, city: string, postalCode: string): ServiceAddress => ({
  line1,
  city,
  province: 'QC',
  postalCode,
  country: 'CA',
})
const on = (line1: string, city: string, postalCode: string): ServiceAddress => ({
  line1,
  city,
  province: 'ON',
  postalCode,
  country: 'CA',
})

const emailOnly: CommunicationPreferences = { email: true, sms: false, marketing: false }
const emailAndSms: CommunicationPreferences = { email: true, sms: true, marketing: false }
const everything: CommunicationPreferences = { email: true, sms: true, marketing: true }
const smsOnly: CommunicationPreferences = { email: false, sms: true, marketing: false }

// Phone numbers use the 555-01xx block, reserved for fiction in the North American plan.
export const demoClients: Readonly<Record<DemoTenantSlug, readonly DemoClient[]>> = {
  'piscines-laurentides': [
    {
      fullName: 'Marie Gagnon',
      email: 'marie.gagnon@example.com',
      phone: '+14505550131',
      locale: 'fr',
      serviceAddress: qc('212, chemin du Lac-Millette', 'Saint-Sauveur', 'J0R 1R0'),
      communicationPreferences: emailAndSms,
    },
    {
      fullName: 'David Thompson',
      email: 'david.thompson@example.com',
      phone: '+14505550132',
      locale: 'en',
      serviceAddress: qc('45 Bennett Road', 'Morin-Heights', 'J0R 1H0'),
      communicationPreferences: everything,
    },
    {
      fullName: 'Isabelle Bouchard',
      email: 'isabelle.bouchard@example.com',
      phone: '+14505550133',
      locale: 'fr',
      serviceAddress: qc('1180, rue Valiquette', 'Sainte-Adèle', 'J8B 2M3'),
      communicationPreferences: smsOnly,
    },
    {
      fullName: "Kevin O'Brien",
      email: 'kevin.obrien@example.com',
      phone: '+14505550134',
      locale: 'en',
      serviceAddress: qc('88 rue Labelle', 'Saint-Jérôme', 'J7Z 5L2'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Nathalie Pelletier',
      email: 'nathalie.pelletier@example.com',
      phone: '+14505550135',
      locale: 'fr',
      serviceAddress: qc('17780, rue Victor', 'Mirabel', 'J7J 1T6'),
      communicationPreferences: everything,
    },
    {
      fullName: 'Sarah Cohen',
      email: 'sarah.cohen@example.com',
      phone: '+15145550136',
      locale: 'en',
      serviceAddress: qc('3320 boulevard Lévesque Ouest', 'Laval', 'H7V 1C8'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Luc Bergeron',
      email: 'luc.bergeron@example.com',
      phone: null,
      locale: 'fr',
      serviceAddress: qc('9, rue des Pins', 'Blainville', 'J7C 3K2'),
      communicationPreferences: emailOnly,
    },
  ],
  'clinique-belair': [
    {
      fullName: 'Marie Gagnon',
      email: 'marie.gagnon@example.com',
      phone: '+14505550131',
      locale: 'fr',
      serviceAddress: qc('212, chemin du Lac-Millette', 'Saint-Sauveur', 'J0R 1R0'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'François Girard',
      email: 'francois.girard@example.com',
      phone: '+15145550141',
      locale: 'fr',
      serviceAddress: qc('5480, rue Saint-Denis', 'Montréal', 'H2J 2L9'),
      communicationPreferences: emailAndSms,
    },
    {
      fullName: 'Priya Sharma',
      email: 'priya.sharma@example.com',
      phone: '+15145550142',
      locale: 'en',
      serviceAddress: qc('2900 avenue Van Horne', 'Montréal', 'H3S 1R2'),
      communicationPreferences: everything,
    },
    {
      fullName: 'Geneviève Morin',
      email: 'genevieve.morin@example.com',
      phone: '+15145550143',
      locale: 'fr',
      serviceAddress: qc('6210, 2e Avenue', 'Montréal', 'H1Y 2Z8'),
      communicationPreferences: smsOnly,
    },
    {
      fullName: 'Michael Walsh',
      email: 'michael.walsh@example.com',
      phone: '+14385550144',
      locale: 'en',
      serviceAddress: null,
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Antoine Lefebvre',
      email: 'antoine.lefebvre@example.com',
      phone: '+15145550145',
      locale: 'fr',
      serviceAddress: qc('3045, rue Masson', 'Montréal', 'H1Y 1X6'),
      communicationPreferences: emailAndSms,
    },
  ],
  'tremblay-cpa': [
    {
      fullName: 'Olivier Martin',
      email: 'olivier.martin@example.com',
      phone: '+18195550151',
      locale: 'fr',
      serviceAddress: qc('120, rue Eddy', 'Gatineau', 'J8X 2W5'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Jennifer Campbell',
      email: 'jennifer.campbell@example.com',
      phone: '+16135550152',
      locale: 'en',
      serviceAddress: on('350 Sparks Street', 'Ottawa', 'K1R 7S8'),
      communicationPreferences: everything,
    },
    {
      fullName: 'Ahmed Haddad',
      email: 'ahmed.haddad@example.com',
      phone: '+16135550153',
      locale: 'fr',
      serviceAddress: on('1455 Bank Street', 'Ottawa', 'K1H 7Z1'),
      communicationPreferences: emailAndSms,
    },
    {
      fullName: 'Rebecca Wilson',
      email: 'rebecca.wilson@example.com',
      phone: '+14165550154',
      locale: 'en',
      serviceAddress: on('200 King Street West', 'Toronto', 'M5H 3T4'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Chantal Lapointe',
      email: 'chantal.lapointe@example.com',
      phone: '+18195550155',
      locale: 'fr',
      serviceAddress: qc('75, boulevard Saint-Raymond', 'Gatineau', 'J8Y 1R6'),
      communicationPreferences: smsOnly,
    },
    {
      fullName: 'Daniel Kowalski',
      email: 'daniel.kowalski@example.com',
      phone: null,
      locale: 'en',
      serviceAddress: on('45 Beech Street', 'Kingston', 'K7L 3H6'),
      communicationPreferences: emailOnly,
    },
  ],
  'atelier-ferme': [
    {
      fullName: 'Hélène Dubé',
      email: 'helene.dube@example.com',
      phone: '+18195550161',
      locale: 'fr',
      serviceAddress: qc('1540, chemin du Lac', 'Magog', 'J1X 3W4'),
      communicationPreferences: emailOnly,
    },
    {
      fullName: 'Robert Scott',
      email: 'robert.scott@example.com',
      phone: '+18195550162',
      locale: 'en',
      serviceAddress: qc('22 Main Street', 'North Hatley', 'J0B 2C0'),
      communicationPreferences: emailAndSms,
    },
  ],
}
