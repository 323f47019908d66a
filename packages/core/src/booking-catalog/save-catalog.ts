import type { Tx } from '@portail/db'
import {
  memberships,
  scheduleOverrides,
  serviceOptions,
  services,
  staffServices,
  tenants,
  workingHours,
} from '@portail/db/schema'
import type {
  ZAddScheduleOverrideInput,
  ZRemoveScheduleOverrideInput,
  ZSaveServiceInput,
  ZSaveServiceOptionInput,
  ZSetServiceStaffInput,
  ZSetWorkingHoursInput,
  ZUpdateBookingSettingsInput,
} from '@portail/validators'
import { secondReminderFits } from '@portail/validators'
import { sendEvent } from '@portail/events'
import { and, eq, inArray, notInArray, sql } from 'drizzle-orm'
import type { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit, changedFields } from '../audit/append-audit'
import type { AuditAction } from '../audit/audit-actions'
import { DomainError } from '../errors'
import { type ReminderLeads, reminderLeadsOf } from '../notifications/booking-reminder-leads'

const audit = (
  tx: Tx,
  staff: StaffActor,
  action: AuditAction,
  entityType: string,
  entityId: string,
  fields: string[],
) =>
  appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action,
    entityType,
    entityId,
    clientId: null,
    fields,
  })

const serviceNotFound = () => new DomainError('NOT_FOUND', 'booking.serviceNotFound', { field: 'serviceId' })

async function requireService(tx: Tx, staff: StaffActor, serviceId: string) {
  const [row] = await tx
    .select({ id: services.id })
    .from(services)
    .where(and(eq(services.tenantId, staff.tenantId), eq(services.id, serviceId)))
  if (!row) throw serviceNotFound()
}

/** Creates a service (no id) or replaces its fields (id); audited. */
export async function saveService(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZSaveServiceInput>,
): Promise<{ id: string }> {
  const { id, ...fields } = input
  if (id === undefined) {
    const [row] = await tx
      .insert(services)
      .values({ ...fields, tenantId: staff.tenantId })
      .returning({ id: services.id })
    if (!row) throw new Error('insert returned no row')
    await audit(tx, staff, 'service.created', 'service', row.id, changedFields(fields))
    return row
  }
  const [row] = await tx
    .update(services)
    .set({ ...fields, updatedAt: new Date() })
    .where(and(eq(services.tenantId, staff.tenantId), eq(services.id, id)))
    .returning({ id: services.id })
  if (!row) throw serviceNotFound()
  await audit(tx, staff, 'service.updated', 'service', row.id, changedFields(fields))
  return row
}

/** Creates an option of a service of this business, or replaces an option's fields; audited. */
export async function saveServiceOption(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZSaveServiceOptionInput>,
): Promise<{ id: string }> {
  const { id, serviceId, ...fields } = input
  await requireService(tx, staff, serviceId)
  if (id === undefined) {
    const [row] = await tx
      .insert(serviceOptions)
      .values({ ...fields, serviceId, tenantId: staff.tenantId })
      .returning({ id: serviceOptions.id })
    if (!row) throw new Error('insert returned no row')
    await audit(tx, staff, 'service_option.created', 'service_option', row.id, changedFields(fields))
    return row
  }
  const [row] = await tx
    .update(serviceOptions)
    .set({ ...fields, updatedAt: new Date() })
    .where(
      and(
        eq(serviceOptions.tenantId, staff.tenantId),
        eq(serviceOptions.serviceId, serviceId),
        eq(serviceOptions.id, id),
      ),
    )
    .returning({ id: serviceOptions.id })
  if (!row) throw new DomainError('NOT_FOUND', 'booking.optionMissing', { field: 'id' })
  await audit(tx, staff, 'service_option.updated', 'service_option', row.id, changedFields(fields))
  return row
}

async function requireMembers(tx: Tx, staff: StaffActor, staffIds: readonly string[]) {
  if (staffIds.length === 0) return
  const found = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, staff.tenantId), inArray(memberships.id, [...staffIds])))
  if (found.length !== new Set(staffIds).size)
    throw new DomainError('BAD_REQUEST', 'booking.staffNotMember', { field: 'staffIds' })
}

async function requireMember(tx: Tx, staff: StaffActor, staffId: string) {
  const [member] = await tx
    .select({ id: memberships.id })
    .from(memberships)
    .where(and(eq(memberships.tenantId, staff.tenantId), eq(memberships.id, staffId)))
  if (!member) throw new DomainError('NOT_FOUND', 'team.memberNotFound', { field: 'staffId' })
}

/** Who performs a service: the given memberships exactly (pairs not listed are removed); audited. */
export async function setServiceStaff(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZSetServiceStaffInput>,
): Promise<{ staffIds: string[] }> {
  await requireService(tx, staff, input.serviceId)
  const staffIds = [...new Set(input.staffIds)]
  await requireMembers(tx, staff, staffIds)
  const ofService = and(eq(staffServices.tenantId, staff.tenantId), eq(staffServices.serviceId, input.serviceId))
  await tx
    .delete(staffServices)
    .where(staffIds.length === 0 ? ofService : and(ofService, notInArray(staffServices.membershipId, staffIds)))
  if (staffIds.length > 0) {
    await tx
      .insert(staffServices)
      .values(staffIds.map((membershipId) => ({ tenantId: staff.tenantId, serviceId: input.serviceId, membershipId })))
      .onConflictDoNothing()
  }
  await audit(tx, staff, 'service.staff_set', 'service', input.serviceId, ['staffIds'])
  return { staffIds: staffIds.sort() }
}

/** A staff member's whole week of working hours, replacing the previous one; audited. */
export async function setWorkingHours(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZSetWorkingHoursInput>,
): Promise<{ count: number }> {
  await requireMember(tx, staff, input.staffId)
  await tx
    .delete(workingHours)
    .where(and(eq(workingHours.tenantId, staff.tenantId), eq(workingHours.membershipId, input.staffId)))
  if (input.hours.length > 0) {
    await tx
      .insert(workingHours)
      .values(input.hours.map((span) => ({ ...span, tenantId: staff.tenantId, membershipId: input.staffId })))
  }
  await audit(tx, staff, 'working_hours.set', 'membership', input.staffId, ['hours'])
  return { count: input.hours.length }
}

/**
 * The reminder lead times to merge into the settings, null when the patch names neither. One given
 * alone is checked against the stored other one (the validator checks a pair given together): the
 * second reminder stays closer to the start than the first.
 */
async function reminderLeadsPatch(
  tx: Tx,
  staff: StaffActor,
  patch: { reminderFirstLeadHours?: number; reminderSecondLeadHours?: number },
): Promise<{ patch: Partial<Record<keyof typeof patch, number>>; changed: ReminderLeads | null } | null> {
  const { reminderFirstLeadHours: first, reminderSecondLeadHours: second } = patch
  if (first === undefined && second === undefined) return null
  const [row] = await tx.select({ settings: tenants.settings }).from(tenants).where(eq(tenants.id, staff.tenantId))
  const stored = reminderLeadsOf(row?.settings ?? {})
  const next = { firstLeadHours: first ?? stored.firstLeadHours, secondLeadHours: second ?? stored.secondLeadHours }
  if (!secondReminderFits(next.firstLeadHours, next.secondLeadHours)) {
    throw new DomainError('BAD_REQUEST', 'booking.reminderOrder', {
      field: second === undefined ? 'reminderFirstLeadHours' : 'reminderSecondLeadHours',
    })
  }
  const same = next.firstLeadHours === stored.firstLeadHours && next.secondLeadHours === stored.secondLeadHours
  return {
    patch: {
      ...(first === undefined ? {} : { reminderFirstLeadHours: first }),
      ...(second === undefined ? {} : { reminderSecondLeadHours: second }),
    },
    changed: same ? null : next,
  }
}

/** Changes the business's booking settings (notice, window, interval, cancellation policy, reminders); audited. */
export async function updateBookingSettings(
  tx: Tx,
  staff: StaffActor,
  patch: z.output<typeof ZUpdateBookingSettingsInput>,
): Promise<{ fields: string[] }> {
  const { reminderFirstLeadHours, reminderSecondLeadHours, ...columns } = patch
  const reminders = await reminderLeadsPatch(tx, staff, { reminderFirstLeadHours, reminderSecondLeadHours })
  await tx
    .update(tenants)
    .set({
      // The lead times live in the settings document (no column): merged into it, the rest kept.
      ...(reminders === null
        ? {}
        : { settings: sql`${tenants.settings} || ${JSON.stringify(reminders.patch)}::text::jsonb` }),
      bookingMinNoticeMinutes: columns.minNoticeMinutes,
      bookingMaxAdvanceDays: columns.maxAdvanceDays,
      bookingSlotIntervalMinutes: columns.slotIntervalMinutes,
      bookingFreeCancelHours: columns.freeCancelHours,
      bookingLateCancelFeePercent: columns.lateCancelFeePercent,
      bookingLateCancelKeepsDeposit: columns.lateCancelKeepsDeposit,
      bookingMaxReschedules: columns.maxReschedules,
    })
    .where(eq(tenants.id, staff.tenantId))
  if (reminders?.changed) {
    // Sleeping reminders were planned with the old times: the workflows plan them again.
    await sendEvent(tx, staff.tenantId, { name: 'booking/reminder-leads-changed', payload: reminders.changed })
  }
  const fields = changedFields(patch)
  await audit(tx, staff, 'booking_settings.updated', 'tenant', staff.tenantId, fields)
  return { fields }
}

/** A closure (all day or a span) or extra hours on one date, for one member or the whole business; audited. */
export async function addScheduleOverride(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZAddScheduleOverrideInput>,
): Promise<{ id: string }> {
  if (input.staffId !== null) await requireMember(tx, staff, input.staffId)
  const [row] = await tx
    .insert(scheduleOverrides)
    .values({
      tenantId: staff.tenantId,
      membershipId: input.staffId,
      onDate: input.date,
      kind: input.kind,
      startTime: input.startTime,
      endTime: input.endTime,
      reason: input.reason,
    })
    .returning({ id: scheduleOverrides.id })
  if (!row) throw new Error('insert returned no row')
  await audit(tx, staff, 'schedule_override.created', 'schedule_override', row.id, ['date', 'kind'])
  return row
}

export async function removeScheduleOverride(
  tx: Tx,
  staff: StaffActor,
  input: z.output<typeof ZRemoveScheduleOverrideInput>,
): Promise<{ id: string }> {
  const [row] = await tx
    .delete(scheduleOverrides)
    .where(and(eq(scheduleOverrides.tenantId, staff.tenantId), eq(scheduleOverrides.id, input.id)))
    .returning({ id: scheduleOverrides.id })
  if (!row) throw new DomainError('NOT_FOUND', 'booking.overrideNotFound', { field: 'id' })
  await audit(tx, staff, 'schedule_override.removed', 'schedule_override', row.id, [])
  return row
}
