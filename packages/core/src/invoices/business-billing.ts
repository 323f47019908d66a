import type { ProvinceCode, TaxRegistrations } from '@portail/billing'
import type { Tx } from '@portail/db'
import { type ServiceAddress, tenantPaymentSettings, tenants } from '@portail/db/schema'
import { eq } from 'drizzle-orm'

/** What invoicing needs of the business: who it is, where, its registrations and terms. */
export interface BusinessBilling {
  name: string
  timeZone: string
  address: ServiceAddress | null
  phone: string | null
  brandColor: string | null
  province: ProvinceCode
  registrations: TaxRegistrations
  termsDays: number
  notesFr: string | null
  notesEn: string | null
}

/**
 * Reads the business and its payment settings in one statement. A business that never saved its
 * payment settings is a Quebec business registered for nothing (no tax) with 30-day terms: the
 * column defaults of tenant_payment_settings.
 */
export async function loadBusinessBilling(tx: Tx, tenantId: string): Promise<BusinessBilling> {
  const [row] = await tx
    .select({
      name: tenants.name,
      timeZone: tenants.timeZone,
      address: tenants.contactAddress,
      phone: tenants.contactPhone,
      branding: tenants.branding,
      province: tenantPaymentSettings.taxProvince,
      gstHst: tenantPaymentSettings.gstHstNumber,
      qst: tenantPaymentSettings.qstNumber,
      pst: tenantPaymentSettings.pstNumber,
      termsDays: tenantPaymentSettings.invoiceTermsDays,
      notesFr: tenantPaymentSettings.invoiceNotesFr,
      notesEn: tenantPaymentSettings.invoiceNotesEn,
    })
    .from(tenants)
    .leftJoin(tenantPaymentSettings, eq(tenantPaymentSettings.tenantId, tenants.id))
    .where(eq(tenants.id, tenantId))
  if (!row) throw new Error(`tenant ${tenantId} is not visible`)
  return {
    name: row.name,
    timeZone: row.timeZone,
    address: row.address,
    phone: row.phone,
    brandColor: row.branding.primaryColor ?? null,
    province: row.province ?? 'QC',
    registrations: { gstHst: row.gstHst ?? null, qst: row.qst ?? null, pst: row.pst ?? null },
    termsDays: row.termsDays ?? 30,
    notesFr: row.notesFr ?? null,
    notesEn: row.notesEn ?? null,
  }
}

/** An address as printed lines: street, city and province, postal code. */
export const addressLines = (address: ServiceAddress | null | undefined): string[] =>
  address
    ? [
        address.line1,
        ...(address.line2 ? [address.line2] : []),
        `${address.city} (${address.province}) ${address.postalCode}`,
      ]
    : []
