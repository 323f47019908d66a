import { z } from 'zod'
import { ZBookingDate } from './booking'
import { ZId } from './common'
import { ZMultilineText, ZText } from './text'

const ZName = ZText.trim().min(1).max(120)
const ZDescription = ZMultilineText.trim().max(2000)
const ZMinutes = (max: number) => z.number().int().min(0).max(max)
const ZCents = z.number().int().min(0).max(100_000_000)
/** A local wall-clock time "HH:MM" (24:00 ends a day). */
export const ZLocalTime = ZText.max(5, { message: 'booking.hoursInvalid' }).regex(/^(([01]\d|2[0-3]):[0-5]\d|24:00)$/, {
  message: 'booking.hoursInvalid',
})

/** A service of the catalog: created without `id`, updated with it (every field given again). */
export const ZSaveServiceInput = z
  .strictObject({
    id: ZId.optional(),
    nameFr: ZName,
    nameEn: ZName,
    descriptionFr: ZDescription.default(''),
    descriptionEn: ZDescription.default(''),
    durationMinutes: z.number().int().min(5).max(1440),
    priceCents: ZCents,
    currency: ZText.length(3)
      .regex(/^[A-Z]{3}$/)
      .default('CAD'),
    bufferBeforeMinutes: ZMinutes(240).default(0),
    bufferAfterMinutes: ZMinutes(240).default(0),
    paymentRule: z.enum(['none', 'deposit', 'full']).default('none'),
    depositCents: ZCents.nullable().default(null),
    active: z.boolean().default(true),
    displayOrder: z.number().int().min(0).max(10_000).default(0),
  })
  .refine(
    (service) =>
      service.paymentRule === 'deposit'
        ? service.depositCents !== null && service.depositCents <= service.priceCents
        : service.depositCents === null,
    { message: 'booking.depositInvalid', path: ['depositCents'] },
  )
export type TSaveServiceInput = z.input<typeof ZSaveServiceInput>

export const ZSaveServiceOptionInput = z.strictObject({
  id: ZId.optional(),
  serviceId: ZId,
  nameFr: ZName,
  nameEn: ZName,
  extraMinutes: ZMinutes(480).default(0),
  extraPriceCents: ZCents.default(0),
  active: z.boolean().default(true),
  displayOrder: z.number().int().min(0).max(10_000).default(0),
})
export type TSaveServiceOptionInput = z.input<typeof ZSaveServiceOptionInput>

/** Who performs a service: the whole list of memberships, replacing the previous one. */
export const ZSetServiceStaffInput = z.strictObject({ serviceId: ZId, staffIds: z.array(ZId).max(200) })
export type TSetServiceStaffInput = z.input<typeof ZSetServiceStaffInput>

const toMinutes = (time: string) => Number(time.slice(0, 2)) * 60 + Number(time.slice(3, 5))

/** A staff member's whole week, replacing the previous one; spans of one day must not overlap. */
export const ZSetWorkingHoursInput = z
  .strictObject({
    staffId: ZId,
    hours: z
      .array(z.strictObject({ weekday: z.number().int().min(1).max(7), startTime: ZLocalTime, endTime: ZLocalTime }))
      .max(70),
  })
  .refine(({ hours }) => hours.every((span) => toMinutes(span.startTime) < toMinutes(span.endTime)), {
    message: 'booking.hoursInvalid',
    path: ['hours'],
  })
  .refine(
    ({ hours }) =>
      hours.every((span, i) =>
        hours.every(
          (other, j) =>
            i === j ||
            other.weekday !== span.weekday ||
            toMinutes(other.endTime) <= toMinutes(span.startTime) ||
            toMinutes(span.endTime) <= toMinutes(other.startTime),
        ),
      ),
    { message: 'booking.hoursOverlap', path: ['hours'] },
  )
export type TSetWorkingHoursInput = z.input<typeof ZSetWorkingHoursInput>

/** The bounds of the two reminder lead times, in hours (the admin form shows the same). */
export const reminderLeadBounds = { first: [1, 168], second: [0, 24] } as const

/** The second reminder comes after the first one (closer to the start), or is off (0). */
export const secondReminderFits = (firstLeadHours: number, secondLeadHours: number): boolean =>
  secondLeadHours === 0 || secondLeadHours < firstLeadHours

export const ZUpdateBookingSettingsInput = z
  .strictObject({
    minNoticeMinutes: z.number().int().min(0).max(43_200),
    maxAdvanceDays: z.number().int().min(1).max(730),
    slotIntervalMinutes: z.number().int().min(5).max(240),
    freeCancelHours: z.number().int().min(0).max(720),
    lateCancelFeePercent: z.number().int().min(0).max(100),
    lateCancelKeepsDeposit: z.boolean(),
    maxReschedules: z.number().int().min(0).max(20),
    /** Reminders before an appointment, in hours: the first one (1 to 168)… */
    reminderFirstLeadHours: z.number().int().min(reminderLeadBounds.first[0]).max(reminderLeadBounds.first[1]),
    /** …and the second one (0 turns it off), always closer to the start than the first. */
    reminderSecondLeadHours: z.number().int().min(reminderLeadBounds.second[0]).max(reminderLeadBounds.second[1]),
  })
  .partial()
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), { message: 'input.nothingToUpdate' })
  // Both given: checked here; one given alone is checked by core against the stored other one.
  .refine(
    ({ reminderFirstLeadHours: first, reminderSecondLeadHours: second }) =>
      first === undefined || second === undefined || secondReminderFits(first, second),
    { message: 'booking.reminderOrder', path: ['reminderSecondLeadHours'] },
  )
export type TUpdateBookingSettingsInput = z.input<typeof ZUpdateBookingSettingsInput>

/** A date that differs from the weekly hours: for one staff member or (no staffId) the whole business. */
export const ZAddScheduleOverrideInput = z
  .strictObject({
    staffId: ZId.nullable().default(null),
    date: ZBookingDate,
    kind: z.enum(['closed', 'extra']),
    startTime: ZLocalTime.nullable().default(null),
    endTime: ZLocalTime.nullable().default(null),
    reason: ZMultilineText.trim().max(500).nullable().default(null),
  })
  .refine(
    ({ kind, startTime, endTime }) =>
      startTime === null || endTime === null
        ? startTime === endTime && kind === 'closed'
        : toMinutes(startTime) < toMinutes(endTime),
    { message: 'booking.hoursInvalid', path: ['startTime'] },
  )
export type TAddScheduleOverrideInput = z.input<typeof ZAddScheduleOverrideInput>

export const ZRemoveScheduleOverrideInput = z.strictObject({ id: ZId })
export type TRemoveScheduleOverrideInput = z.input<typeof ZRemoveScheduleOverrideInput>
