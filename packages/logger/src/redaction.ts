/**
 * Keys whose values are personal data or secrets: they never reach a log line, at the top of what
 * is logged or up to two objects down (`{ client: { email } }`, `{ req: { headers: { cookie } } }`).
 * `params`/`input` are whole procedure inputs, which hold whatever a person typed.
 */
export const redactedKeys = [
  'email',
  'name',
  'fullName',
  'firstName',
  'lastName',
  'displayName',
  'phone',
  'address',
  'token',
  'password',
  'secret',
  'cookie',
  'set-cookie',
  'authorization',
  'params',
  'input',
] as const

const bracket = (key: string) => (/^\w+$/.test(key) ? key : `["${key}"]`)

const at = (prefix: string, key: string) => {
  const path = bracket(key)
  return path.startsWith('[') ? `${prefix.slice(0, -1)}${path}` : `${prefix}${path}`
}

/** pino's redact paths for `redactedKeys` at depth 0, 1 and 2. */
export const redactPaths: string[] = redactedKeys.flatMap((key) => [bracket(key), at('*.', key), at('*.*.', key)])

export const censor = '[redacted]'
