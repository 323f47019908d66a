import { z } from 'zod'

export const ZId = z.uuid()

export const ZLocale = z.enum(['fr', 'en'])
export type TLocale = z.infer<typeof ZLocale>

/**
 * Opaque keyset cursor handed back by list procedures (base64url JSON). Only its shape is checked
 * here; the use case that issued it decodes and validates its content.
 */
export const ZCursor = z
  .string()
  .max(512)
  .regex(/^[A-Za-z0-9_-]+$/, { message: 'pagination.invalidCursor' })

export const ZLimit = z.number().int().min(1).max(100).default(25)

/** Spread into a list input: `z.strictObject({ ...paginationShape, search: ... })`. */
export const paginationShape = {
  cursor: ZCursor.optional(),
  limit: ZLimit,
}

export const ZPaginationInput = z.strictObject(paginationShape)
export type TPaginationInput = z.input<typeof ZPaginationInput>
