import type { bookingStatusEnum } from '@portail/db/schema'

/**
 * Where a booking stands: the values of the database enum, so a status is added in one place (the
 * schema and its migration) and every exhaustive switch over it stops compiling until it handles
 * the new one. Only the enum's type is imported: the browser loads this module
 * (`@portail/core/booking-status`), and must not pull drizzle or a database driver with it.
 */
export type BookingStatus = (typeof bookingStatusEnum.enumValues)[number]

/** The statuses that hold the staff member's time; the others are history. */
export const activeStatuses = ['pending_payment', 'confirmed'] as const satisfies readonly BookingStatus[]

export const isActive = (status: BookingStatus): boolean => status === 'pending_payment' || status === 'confirmed'
