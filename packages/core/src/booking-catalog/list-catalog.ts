import type { Tx } from '@portail/db'
import { scheduleOverrides, serviceOptions, services, staffServices, tenants, workingHours } from '@portail/db/schema'
import { and, asc, eq, gte } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { reminderLeadsOf } from '../notifications/booking-reminder-leads'

export interface CatalogService {
  service: typeof services.$inferSelect
  options: (typeof serviceOptions.$inferSelect)[]
  staffIds: string[]
}

export interface BookingCatalog {
  services: CatalogService[]
  /** Weekly hours per membership id. */
  hours: Record<string, { weekday: number; startTime: string; endTime: string }[]>
  /** Overrides from yesterday on (UTC), oldest first. */
  overrides: (typeof scheduleOverrides.$inferSelect)[]
  settings: {
    timeZone: string
    minNoticeMinutes: number
    maxAdvanceDays: number
    slotIntervalMinutes: number
    freeCancelHours: number
    lateCancelFeePercent: number
    lateCancelKeepsDeposit: boolean
    maxReschedules: number
    reminderFirstLeadHours: number
    reminderSecondLeadHours: number
  }
}

/** The whole booking setup of the business, inactive services included, for the staff editor. */
export async function listCatalog(tx: Tx, staff: StaffActor): Promise<BookingCatalog> {
  const serviceRows = await tx
    .select()
    .from(services)
    .where(eq(services.tenantId, staff.tenantId))
    .orderBy(asc(services.displayOrder), asc(services.id))
  const optionRows = await tx
    .select()
    .from(serviceOptions)
    .where(eq(serviceOptions.tenantId, staff.tenantId))
    .orderBy(asc(serviceOptions.displayOrder), asc(serviceOptions.id))
  const pairs = await tx.select().from(staffServices).where(eq(staffServices.tenantId, staff.tenantId))
  const hourRows = await tx
    .select()
    .from(workingHours)
    .where(eq(workingHours.tenantId, staff.tenantId))
    .orderBy(asc(workingHours.weekday), asc(workingHours.startTime))
  const overrides = await tx
    .select()
    .from(scheduleOverrides)
    .where(
      and(
        eq(scheduleOverrides.tenantId, staff.tenantId),
        gte(scheduleOverrides.onDate, new Date(Date.now() - 24 * 60 * 60 * 1000).toISOString().slice(0, 10)),
      ),
    )
    .orderBy(asc(scheduleOverrides.onDate), asc(scheduleOverrides.id))
  const [tenant] = await tx
    .select({
      timeZone: tenants.timeZone,
      minNoticeMinutes: tenants.bookingMinNoticeMinutes,
      maxAdvanceDays: tenants.bookingMaxAdvanceDays,
      slotIntervalMinutes: tenants.bookingSlotIntervalMinutes,
      freeCancelHours: tenants.bookingFreeCancelHours,
      lateCancelFeePercent: tenants.bookingLateCancelFeePercent,
      lateCancelKeepsDeposit: tenants.bookingLateCancelKeepsDeposit,
      maxReschedules: tenants.bookingMaxReschedules,
      settings: tenants.settings,
    })
    .from(tenants)
    .where(eq(tenants.id, staff.tenantId))
  if (!tenant) throw new Error('the tenant in context is not readable')
  const { settings, ...columns } = tenant
  const leads = reminderLeadsOf(settings)
  const hours: BookingCatalog['hours'] = {}
  for (const row of hourRows) {
    hours[row.membershipId] = [
      ...(hours[row.membershipId] ?? []),
      { weekday: row.weekday, startTime: row.startTime, endTime: row.endTime },
    ]
  }
  return {
    services: serviceRows.map((service) => ({
      service,
      options: optionRows.filter((option) => option.serviceId === service.id),
      staffIds: pairs.filter((pair) => pair.serviceId === service.id).map((pair) => pair.membershipId),
    })),
    hours,
    overrides,
    settings: {
      ...columns,
      reminderFirstLeadHours: leads.firstLeadHours,
      reminderSecondLeadHours: leads.secondLeadHours,
    },
  }
}
