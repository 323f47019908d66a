/**
 * Drizzle wraps driver errors (DrizzleQueryError with `cause`); postgres.js and PGlite both
 * expose the SQLSTATE as `code`. Core maps these codes to domain errors.
 */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error
  for (let depth = 0; depth < 5 && current instanceof Error; depth++) {
    const code = (current as { code?: unknown }).code
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code
    current = current.cause
  }
  return undefined
}

export const pgErrorCodes = {
  uniqueViolation: '23505',
  foreignKeyViolation: '23503',
  exclusionViolation: '23P01',
  checkViolation: '23514',
  insufficientPrivilege: '42501',
} as const

export const isDbError = (error: unknown, code: (typeof pgErrorCodes)[keyof typeof pgErrorCodes]) =>
  pgErrorCode(error) === code
