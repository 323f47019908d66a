import { tenants } from '@portail/db/schema'
import type { EmailBrand } from './email-types'

/**
 * The tenant columns a message's brand is made of: select them (`tx.select(tenantBrandColumns)`)
 * as any actor that reads its own tenant (staff, system), then hand the row to tenantEmailBrand.
 */
export const tenantBrandColumns = {
  name: tenants.name,
  branding: tenants.branding,
  logoKey: tenants.logoKey,
  logoVersion: tenants.logoVersion,
  contactAddress: tenants.contactAddress,
  privacyOfficerEmail: tenants.privacyOfficerEmail,
}

export type TenantBrandRow = Pick<
  typeof tenants.$inferSelect,
  'name' | 'branding' | 'logoKey' | 'logoVersion' | 'contactAddress' | 'privacyOfficerEmail'
>

/**
 * A business's brand as its messages show it. The logo is the portal's public logo route on the
 * business's own host (`/api/logo/<version>`, as the web app serves it): a mail app loads it from
 * there, and a new upload is a new address. The address is written as a Canadian envelope is.
 */
export function tenantEmailBrand(row: TenantBrandRow, portalOrigin: string): EmailBrand {
  const origin = portalOrigin.replace(/\/+$/, '')
  const address = row.contactAddress
  const addressLines = address
    ? [
        address.line1,
        ...(address.line2 ? [address.line2] : []),
        `${address.city} ${address.province}  ${address.postalCode}`,
        ...(address.country && address.country !== 'CA' ? [address.country] : []),
      ]
    : []
  return {
    name: row.name,
    logoUrl: row.logoKey === null ? null : `${origin}/api/logo/${row.logoVersion}`,
    color: row.branding.primaryColor ?? null,
    addressLines,
    privacyContact: row.privacyOfficerEmail,
    portalUrl: origin,
  }
}
