import type { ProvinceCode } from '@portail/billing'
import type { Tx } from '@portail/db'
import {
  bookings,
  clients,
  type InvoiceBuyerSnapshot,
  type InvoiceLanguage,
  type InvoiceSellerSnapshot,
} from '@portail/db/schema'
import { and, eq } from 'drizzle-orm'
import { DomainError } from '../errors'
import { addressLines, type BusinessBilling } from './business-billing'
import { invoiceLanguage } from './invoice-language'
import { supplyProvince } from './supply-province'

export type ClientBilling = Pick<typeof clients.$inferSelect, 'id' | 'fullName' | 'email' | 'serviceAddress' | 'locale'>

export async function loadClientBilling(tx: Tx, tenantId: string, clientId: string): Promise<ClientBilling> {
  const [row] = await tx
    .select({
      id: clients.id,
      fullName: clients.fullName,
      email: clients.email,
      serviceAddress: clients.serviceAddress,
      locale: clients.locale,
    })
    .from(clients)
    .where(and(eq(clients.tenantId, tenantId), eq(clients.id, clientId)))
  if (!row) throw new DomainError('NOT_FOUND', 'invoice.clientNotFound', { field: 'clientId' })
  return row
}

/** The province of the booking's service address, when the invoice is for a visit at one. */
export async function bookingAddressProvince(
  tx: Tx,
  tenantId: string,
  bookingId: string | null,
): Promise<string | null> {
  if (bookingId === null) return null
  const [row] = await tx
    .select({ address: bookings.serviceAddress })
    .from(bookings)
    .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, bookingId)))
  return row?.address?.province ?? null
}

/** Place of supply and language, decided together from the same facts. */
export function placeAndLanguage(
  business: BusinessBilling,
  client: ClientBilling,
  serviceAddressProvince: string | null,
): { placeOfSupply: ProvinceCode; language: InvoiceLanguage } {
  const clientProvince = client.serviceAddress?.province ?? null
  return {
    placeOfSupply: supplyProvince({ serviceAddressProvince, clientProvince, businessProvince: business.province }),
    language: invoiceLanguage(clientProvince, client.locale),
  }
}

export const sellerSnapshot = (business: BusinessBilling): InvoiceSellerSnapshot => ({
  name: business.name,
  address: addressLines(business.address),
  email: null,
  phone: business.phone,
  gstHstNumber: business.registrations.gstHst,
  qstNumber: business.registrations.qst,
  pstNumber: business.registrations.pst ?? null,
})

export const buyerSnapshot = (client: ClientBilling): InvoiceBuyerSnapshot => ({
  name: client.fullName,
  address: addressLines(client.serviceAddress),
  email: client.email,
})
