import type { Tx } from '@portail/db'
import { serviceOptions, services, staffServices, tenants } from '@portail/db/schema'
import { and, asc, eq } from 'drizzle-orm'
import type { BookingPolicy } from './booking-context'
import { staffDisplayNames } from './staff-directory'

export interface PublicCatalogService {
  id: string
  nameFr: string
  nameEn: string
  descriptionFr: string
  descriptionEn: string
  durationMinutes: number
  priceCents: number
  currency: string
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
  options: { id: string; nameFr: string; nameEn: string; extraMinutes: number; extraPriceCents: number }[]
  /** Who performs it: membership id and public name (null: no usable name, "a team member"). */
  staff: { id: string; displayName: string | null }[]
}

export interface PublicCatalog {
  services: PublicCatalogService[]
  policy: BookingPolicy
}

/**
 * What the booking wizard offers: active services and their active options in display order, who
 * performs each (public names only), and the cancellation policy in force. Readable by anyone the
 * tenant's public face is open to; staff get the same view (inactive entries are left out here too).
 */
export async function publicCatalog(tx: Tx, tenantId: string): Promise<PublicCatalog> {
  const [policy] = await tx
    .select({
      freeCancelHours: tenants.bookingFreeCancelHours,
      lateCancelFeePercent: tenants.bookingLateCancelFeePercent,
      lateCancelKeepsDeposit: tenants.bookingLateCancelKeepsDeposit,
      maxReschedules: tenants.bookingMaxReschedules,
    })
    .from(tenants)
    .where(eq(tenants.id, tenantId))
  if (!policy) throw new Error('the tenant in context is not readable')
  const serviceRows = await tx
    .select()
    .from(services)
    .where(and(eq(services.tenantId, tenantId), eq(services.active, true)))
    .orderBy(asc(services.displayOrder), asc(services.id))
  const optionRows = await tx
    .select()
    .from(serviceOptions)
    .where(and(eq(serviceOptions.tenantId, tenantId), eq(serviceOptions.active, true)))
    .orderBy(asc(serviceOptions.displayOrder), asc(serviceOptions.id))
  const pairs = await tx
    .select({ serviceId: staffServices.serviceId, membershipId: staffServices.membershipId })
    .from(staffServices)
    .where(eq(staffServices.tenantId, tenantId))
  const names = await staffDisplayNames(tx)
  const byName = (a: { id: string; displayName: string | null }, b: { id: string; displayName: string | null }) =>
    (a.displayName ?? '\uffff').localeCompare(b.displayName ?? '\uffff') || a.id.localeCompare(b.id)
  return {
    policy,
    services: serviceRows.map((service) => ({
      id: service.id,
      nameFr: service.nameFr,
      nameEn: service.nameEn,
      descriptionFr: service.descriptionFr,
      descriptionEn: service.descriptionEn,
      durationMinutes: service.durationMinutes,
      priceCents: service.priceCents,
      currency: service.currency,
      paymentRule: service.paymentRule,
      depositCents: service.depositCents,
      options: optionRows
        .filter((option) => option.serviceId === service.id)
        .map(({ id, nameFr, nameEn, extraMinutes, extraPriceCents }) => ({
          id,
          nameFr,
          nameEn,
          extraMinutes,
          extraPriceCents,
        })),
      staff: pairs
        .filter((pair) => pair.serviceId === service.id)
        .map((pair) => ({ id: pair.membershipId, displayName: names.get(pair.membershipId) ?? null }))
        .sort(byName),
    })),
  }
}
