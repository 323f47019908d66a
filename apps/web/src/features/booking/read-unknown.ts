/**
 * Small readers of values whose shape is unknown (an API refusal's details, JSON from the
 * browser's storage). Hand-written rather than zod schemas: zod and its locales weigh about 67 kB
 * gzipped, more than the rest of the booking wizard's own code (issue 12 §2).
 */
export type UnknownRecord = Record<string, unknown>

export const isRecord = (value: unknown): value is UnknownRecord =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

export const isString = (value: unknown): value is string => typeof value === 'string'

/** A finite number, as zod's `z.number()` accepts (no NaN, no Infinity). */
export const isNumber = (value: unknown): value is number => typeof value === 'number' && Number.isFinite(value)

export const isBoolean = (value: unknown): value is boolean => typeof value === 'boolean'
