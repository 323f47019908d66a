import { pgErrorCode, pgErrorCodes } from '@portail/db'

/**
 * The constraint a database error names. Drizzle wraps driver errors; postgres.js calls the field
 * `constraint_name`, PGlite `constraint`.
 */
export function pgConstraint(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const fields = current as { constraint_name?: unknown; constraint?: unknown }
    const name = fields.constraint_name ?? fields.constraint
    if (typeof name === 'string') return name
    current = current.cause
  }
  return undefined
}

export const isUniqueViolationOf = (error: unknown, constraint: string) =>
  pgErrorCode(error) === pgErrorCodes.uniqueViolation && pgConstraint(error) === constraint
