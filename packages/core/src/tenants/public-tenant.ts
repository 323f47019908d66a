import type { ServiceAddress, TenantBranding } from '@portail/db/schema'

/** What anyone may know about a business: its public face on the portal. */
export interface PublicTenant {
  id: string
  slug: string
  name: string
  trade: string
  status: 'active' | 'suspended'
  timeZone: string
  defaultLocale: 'fr' | 'en'
  branding: TenantBranding
  /** The current logo's version (it names the logo's URL), null when the business has none. */
  logoVersion: number | null
}

/** The public face with what the business wrote about itself, as its portal's home page shows it. */
export interface PublicTenantProfile extends PublicTenant {
  descriptionFr: string | null
  descriptionEn: string | null
  /** How to reach the business: the phone in E.164, a postal address; null when not given. */
  contactPhone: string | null
  contactAddress: ServiceAddress | null
}
