/** What a log line keeps of an error: enough to find the cause, nothing a person typed. */
export interface SerializedError {
  type: string
  message: string
  stack?: string
  code?: string | number
  constraint?: string
  table?: string
  cause?: SerializedError | string
}

const maxCauses = 4

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

const text = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined)

/**
 * A failed query's message ends with its bound values (drizzle: "Failed query: …\nparams: a,b"):
 * names, emails and notes of real people. The query stays; the values go.
 */
function withoutParams(message: string): string {
  const at = message.indexOf('\nparams: ')
  return at === -1 ? message : `${message.slice(0, at)}\nparams: [redacted]`
}

/**
 * Errors by allow-list rather than pino's default (every enumerable property): a driver error's
 * `detail` ("Key (email)=(…) already exists"), `parameters` or `query` values would otherwise be
 * written as they are.
 */
export function serializeError(error: unknown, depth = 0): SerializedError | string {
  if (!(error instanceof Error)) return isRecord(error) ? '[non-error object]' : String(error)
  const message = withoutParams(error.message)
  const stack = error.stack?.replace(error.message, message)
  const fields = error as unknown as Record<string, unknown>
  const code = fields.code
  const serialized: SerializedError = {
    type: error.constructor.name || error.name,
    message,
    ...(stack ? { stack } : {}),
    ...(typeof code === 'string' || typeof code === 'number' ? { code } : {}),
  }
  const constraint = text(fields.constraint_name) ?? text(fields.constraint)
  if (constraint) serialized.constraint = constraint
  const table = text(fields.table_name) ?? text(fields.table)
  if (table) serialized.table = table
  if (error.cause !== undefined && depth < maxCauses) serialized.cause = serializeError(error.cause, depth + 1)
  return serialized
}
