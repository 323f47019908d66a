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

/**
 * All the server log may say about an unexpected error: what kind of error it was, its SQLSTATE
 * and constraint when the database raised it, and (for a bug in our code) where it was thrown.
 * Never its message, its `params`, its query text or its cause chain: a failed query's message
 * holds the statement and its bound values (a client's email, name, notes), and a driver error's
 * `detail` repeats the offending key.
 */
export interface ErrorLogFields {
  /** The class of the outermost error (DrizzleQueryError, TypeError…). */
  error: string
  pgCode?: string
  constraint?: string
  /** Stack frames without the message line, for errors that did not come from the database. */
  frames?: string[]
}

const maxFrames = 12

export function errorLogFields(error: unknown): ErrorLogFields {
  const name = error instanceof Error ? error.constructor.name || error.name : typeof error
  const pgCode = pgErrorCode(error)
  if (pgCode !== undefined) {
    const constraint = pgConstraint(error)
    return constraint === undefined ? { error: name, pgCode } : { error: name, pgCode, constraint }
  }
  const frames = error instanceof Error ? stackFrames(error) : []
  return frames.length > 0 ? { error: name, frames } : { error: name }
}

/**
 * The "at …" lines of a stack. The stack opens with the message, which may span lines (a failed
 * query's does, one per bound value): that whole header is cut off first, and a stack that does not
 * open with it as expected gives no frames rather than a guess.
 */
function stackFrames(error: Error): string[] {
  const stack = error.stack
  const header = String(error)
  if (typeof stack !== 'string' || !stack.startsWith(header)) return []
  return stack
    .slice(header.length)
    .split('\n')
    .map((line) => line.trim())
    .filter((line) => line.startsWith('at '))
    .slice(0, maxFrames)
}
