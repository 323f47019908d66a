/**
 * Stripe's request bodies and query strings are form-encoded with bracketed keys
 * (`line_items[0][price_data][unit_amount]=500`), the encoding the SDK's stringifier writes. This
 * reads them back into nested objects and arrays, `qs`-style, with bounds: a body from the network
 * must not make us build a huge or prototype-polluting object.
 */
export type FormValue = string | FormValue[] | FormObject
export interface FormObject {
  [key: string]: FormValue
}

const MAX_PAIRS = 1000
const MAX_DEPTH = 8
const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype'])

export class FormBodyError extends Error {
  override readonly name = 'FormBodyError'
}

function splitKey(key: string): string[] {
  const open = key.indexOf('[')
  if (open <= 0) return [key]
  const parts = [key.slice(0, open)]
  const rest = key.slice(open)
  const pattern = /\[([^[\]]*)\]/gy
  let match: RegExpExecArray | null
  let consumed = 0
  while ((match = pattern.exec(rest)) !== null) {
    parts.push(match[1] ?? '')
    consumed = pattern.lastIndex
  }
  if (consumed !== rest.length) throw new FormBodyError(`malformed parameter name: ${key}`)
  return parts
}

/** Objects whose keys are exactly 0..n-1 become arrays (the SDK writes arrays as `a[0]`, `a[1]`). */
function toArrays(value: FormValue): FormValue {
  if (typeof value === 'string' || Array.isArray(value)) return value
  const keys = Object.keys(value)
  for (const key of keys) value[key] = toArrays(value[key] ?? '')
  const isList = keys.length > 0 && keys.every((key, index) => key === String(index))
  return isList ? keys.map((key) => value[key] ?? '') : value
}

export function parseFormBody(body: string): FormObject {
  const root: FormObject = {}
  let pairs = 0
  for (const [rawKey, value] of new URLSearchParams(body)) {
    pairs += 1
    if (pairs > MAX_PAIRS) throw new FormBodyError(`more than ${MAX_PAIRS} parameters`)
    const path = splitKey(rawKey)
    if (path.length > MAX_DEPTH) throw new FormBodyError(`parameter nested too deep: ${rawKey}`)
    let node: FormObject = root
    for (let index = 0; index < path.length; index += 1) {
      const part = path[index] ?? ''
      if (FORBIDDEN_KEYS.has(part)) throw new FormBodyError(`forbidden parameter name: ${rawKey}`)
      // `a[]=x` appends, as qs does.
      const key = part === '' ? String(Object.keys(node).length) : part
      if (index === path.length - 1) {
        node[key] = value
        break
      }
      const next = node[key]
      if (next === undefined) {
        const child: FormObject = {}
        node[key] = child
        node = child
      } else if (typeof next === 'string' || Array.isArray(next)) {
        throw new FormBodyError(`parameter ${rawKey} conflicts with ${path.slice(0, index + 1).join('.')}`)
      } else {
        node = next
      }
    }
  }
  for (const key of Object.keys(root)) root[key] = toArrays(root[key] ?? '')
  return root
}
