import { z } from 'zod'
import { ZText } from './text'

export const ZId = z.uuid()

export const ZLocale = z.enum(['fr', 'en'])
export type TLocale = z.infer<typeof ZLocale>

/**
 * Opaque keyset cursor handed back by list procedures (base64url JSON). Only its shape is checked
 * here; the use case that issued it decodes and validates its content.
 */
export const ZCursor = ZText.max(512).regex(/^[A-Za-z0-9_-]+$/, { message: 'pagination.invalidCursor' })

/**
 * Every date, month and instant an input names falls within these years: far beyond any booking
 * window, and never a year the time-zone library or Postgres cannot represent (9999-12 used to
 * reach the database and fail there).
 */
export const minInputYear = 2000
export const maxInputYear = 2100

/** The message key of a date outside minInputYear..maxInputYear (fr/en in @portail/i18n). */
export const dateOutOfRangeMessage = 'input.dateOutOfRange'

const yearOf = (value: string) => Number(value.slice(0, 4))
/** For a "YYYY-MM" or "YYYY-MM-DD" text already checked for its shape. */
export const isYearInRange = (value: string) => yearOf(value) >= minInputYear && yearOf(value) <= maxInputYear

const isInstantInRange = (value: string) => {
  const time = Date.parse(value)
  // A malformed value is the format check's to report.
  if (Number.isNaN(time)) return true
  const year = new Date(time).getUTCFullYear()
  return year >= minInputYear && year <= maxInputYear
}

/**
 * An instant with its offset ("2026-07-06T13:00:00-04:00"), between the years above in UTC. The
 * message names the field's own fault (e.g. booking.invalidStart) for a malformed value.
 */
export const instantInput = (message: string) =>
  z.iso
    .datetime({ offset: true, message })
    .max(40, { message })
    .refine(isInstantInRange, { message: dateOutOfRangeMessage })

export const ZLimit = z.number().int().min(1).max(100).default(25)

/** Spread into a list input: `z.strictObject({ ...paginationShape, search: ... })`. */
export const paginationShape = {
  cursor: ZCursor.optional(),
  limit: ZLimit,
}

export const ZPaginationInput = z.strictObject(paginationShape)
export type TPaginationInput = z.input<typeof ZPaginationInput>
