import { tenants } from '@portail/db/schema'

/** What the operator console shows of one business: the registry row, without its settings. */
export interface OperatorTenantDetail {
  id: string
  slug: string
  name: string
  trade: string
  status: 'active' | 'suspended'
  suspendedReason: string | null
  timeZone: string
  defaultLocale: 'fr' | 'en'
  createdAt: Date
  updatedAt: Date
}

export const operatorTenantColumns = {
  id: tenants.id,
  slug: tenants.slug,
  name: tenants.name,
  trade: tenants.trade,
  status: tenants.status,
  suspendedReason: tenants.suspendedReason,
  timeZone: tenants.timeZone,
  defaultLocale: tenants.defaultLocale,
  createdAt: tenants.createdAt,
  updatedAt: tenants.updatedAt,
}
