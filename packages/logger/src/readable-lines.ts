const levelNames: Record<number, string> = {
  10: 'TRACE',
  20: 'DEBUG',
  30: 'INFO',
  40: 'WARN',
  50: 'ERROR',
  60: 'FATAL',
}

const omitted = new Set(['level', 'time', 'msg', 'err', 'error'])

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null

/** An error's stack (or message), then its causes' ("caused by: …"), as the serializer wrote them. */
function errorText(error: unknown): string {
  if (typeof error === 'string') return error
  if (!isRecord(error)) return ''
  const own = typeof error.stack === 'string' ? error.stack : typeof error.message === 'string' ? error.message : ''
  const cause = errorText(error.cause)
  return cause ? `${own}\ncaused by: ${cause}` : own
}

/**
 * One of pino's JSON lines as a person reads it in a terminal:
 * `12:03:04.567 ERROR mail relay failed requestId=… tenantId=…`, then the error's stack.
 * In process, so no transport worker thread (which Next's server bundle does not carry).
 */
export function readableLine(json: string): string {
  let entry: unknown
  try {
    entry = JSON.parse(json)
  } catch {
    return json
  }
  if (!isRecord(entry)) return json
  const time = typeof entry.time === 'number' ? new Date(entry.time).toISOString().slice(11, 23) : ''
  const level = typeof entry.level === 'number' ? (levelNames[entry.level] ?? String(entry.level)) : ''
  const message = typeof entry.msg === 'string' ? entry.msg : ''
  const fields = Object.entries(entry)
    .filter(([key]) => !omitted.has(key))
    .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
  const head = [time, level.padEnd(5), message, ...fields].filter(Boolean).join(' ')
  const stack = errorText(entry.err ?? entry.error)
  return stack ? `${head}\n${stack}\n` : `${head}\n`
}
