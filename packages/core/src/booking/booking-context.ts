import type { Tx } from '@portail/db'
import { serviceOptions, services, staffServices, tenants } from '@portail/db/schema'
import { and, eq, inArray } from 'drizzle-orm'
import type { SlotRules } from '../availability'
import { DomainError } from '../errors'

/** What a booking request names: a service, its options, a staff member or anyone. */
export interface ServiceChoice {
  serviceId: string
  optionIds: string[]
  staffId?: string | undefined
}

export interface BookingPolicy {
  freeCancelHours: number
  lateCancelFeePercent: number
  lateCancelKeepsDeposit: boolean
  maxReschedules: number
}

export interface BookingContext {
  service: typeof services.$inferSelect
  options: (typeof serviceOptions.$inferSelect)[]
  /** Memberships that may take this booking: the one chosen, or everyone performing the service. */
  staffIds: string[]
  rules: SlotRules
  policy: BookingPolicy
  priceCents: number
}

/**
 * Reads and checks everything a slot depends on, as any actor that may see the public catalog
 * (visitor, client, staff). Refuses unknown or inactive services, options of another service, a
 * staff member who does not perform the service, and a total duration longer than a day.
 */
export async function loadBookingContext(
  tx: Tx,
  tenantId: string,
  choice: ServiceChoice,
  now: number,
): Promise<BookingContext> {
  const wanted = [...new Set(choice.optionIds)]
  // The four reads depend on nothing but the request, so they leave together (one round trip on
  // Postgres); the checks below keep their order. Options and performers are read for the service
  // id asked for, which is the service found when there is one.
  const [[tenant], [service], options, performers] = await Promise.all([
    tx
      .select({
        timeZone: tenants.timeZone,
        minNotice: tenants.bookingMinNoticeMinutes,
        maxAdvance: tenants.bookingMaxAdvanceDays,
        interval: tenants.bookingSlotIntervalMinutes,
        freeCancelHours: tenants.bookingFreeCancelHours,
        lateCancelFeePercent: tenants.bookingLateCancelFeePercent,
        lateCancelKeepsDeposit: tenants.bookingLateCancelKeepsDeposit,
        maxReschedules: tenants.bookingMaxReschedules,
      })
      .from(tenants)
      .where(eq(tenants.id, tenantId)),
    tx
      .select()
      .from(services)
      .where(and(eq(services.tenantId, tenantId), eq(services.id, choice.serviceId), eq(services.active, true))),
    wanted.length === 0
      ? Promise.resolve([])
      : tx
          .select()
          .from(serviceOptions)
          .where(
            and(
              eq(serviceOptions.tenantId, tenantId),
              eq(serviceOptions.serviceId, choice.serviceId),
              eq(serviceOptions.active, true),
              inArray(serviceOptions.id, wanted),
            ),
          ),
    tx
      .select({ membershipId: staffServices.membershipId })
      .from(staffServices)
      .where(and(eq(staffServices.tenantId, tenantId), eq(staffServices.serviceId, choice.serviceId))),
  ])
  if (!tenant) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  if (!service) throw new DomainError('NOT_FOUND', 'booking.serviceNotFound', { field: 'serviceId' })
  if (options.length !== wanted.length)
    throw new DomainError('BAD_REQUEST', 'booking.optionNotFound', { field: 'optionIds' })

  const durationMinutes = service.durationMinutes + options.reduce((sum, option) => sum + option.extraMinutes, 0)
  if (durationMinutes > 24 * 60) throw new DomainError('BAD_REQUEST', 'booking.durationTooLong', { field: 'optionIds' })

  const staffIds = performers
    .map((row) => row.membershipId)
    .filter((id) => choice.staffId === undefined || id === choice.staffId)
  if (choice.staffId !== undefined && staffIds.length === 0) {
    throw new DomainError('BAD_REQUEST', 'booking.staffNotAvailable', { field: 'staffId' })
  }

  return {
    service,
    options,
    staffIds,
    rules: {
      timeZone: tenant.timeZone,
      durationMinutes,
      bufferBeforeMinutes: service.bufferBeforeMinutes,
      bufferAfterMinutes: service.bufferAfterMinutes,
      slotIntervalMinutes: tenant.interval,
      minNoticeMinutes: tenant.minNotice,
      maxAdvanceDays: tenant.maxAdvance,
      now,
    },
    policy: {
      freeCancelHours: tenant.freeCancelHours,
      lateCancelFeePercent: tenant.lateCancelFeePercent,
      lateCancelKeepsDeposit: tenant.lateCancelKeepsDeposit,
      maxReschedules: tenant.maxReschedules,
    },
    priceCents: service.priceCents + options.reduce((sum, option) => sum + option.extraPriceCents, 0),
  }
}
