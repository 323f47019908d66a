import type { z } from 'zod'
import { controlCharacterChecks } from './text'

/** One field of an input schema that lets through more than it should, by its path. */
export interface InputFault {
  path: string
  fault:
    | 'string without max length'
    | 'string without the control-character check'
    | 'number without min and max'
    | 'array without max length'
    | `unsupported schema type ${string}`
}

type Schema = z.core.$ZodType

interface CheckDef {
  check?: string
  fn?: unknown
  maximum?: number
  length?: number
  value?: unknown
  inclusive?: boolean
}

const checkDefs = (schema: Schema): CheckDef[] =>
  (schema._zod.def.checks ?? []).map((check) => check._zod.def as CheckDef)

const hasCheck = (schema: Schema, names: string[]) => checkDefs(schema).some((def) => names.includes(def.check ?? ''))

/** A bound a person could mean: Number.MAX_SAFE_INTEGER (what `.int()` implies) is not one. */
const isSaneBound = (value: unknown) => typeof value === 'number' && Math.abs(value) < Number.MAX_SAFE_INTEGER

/** Formats whose pattern fixes the whole text (a uuid is 36 characters of hex and dashes). */
const fixedFormats = new Set(['uuid', 'guid'])

function stringFaults(schema: Schema, path: string): InputFault[] {
  const def = schema._zod.def as { format?: string }
  if (def.format !== undefined && fixedFormats.has(def.format)) return []
  const faults: InputFault[] = []
  if (!hasCheck(schema, ['max_length', 'length_equals'])) faults.push({ path, fault: 'string without max length' })
  // Other formats (email, datetime) sit behind a plain string in a pipe or carry a pattern of their own.
  const isPlain = def.format === undefined
  const hasControlCheck = checkDefs(schema).some(
    (check) => check.check === 'custom' && controlCharacterChecks.some((fn) => fn === check.fn),
  )
  if (isPlain && !hasControlCheck) faults.push({ path, fault: 'string without the control-character check' })
  return faults
}

function numberFaults(schema: Schema, path: string): InputFault[] {
  const defs = checkDefs(schema)
  const min = defs.find((def) => def.check === 'greater_than')
  const max = defs.find((def) => def.check === 'less_than')
  return isSaneBound(min?.value) && isSaneBound(max?.value) ? [] : [{ path, fault: 'number without min and max' }]
}

/**
 * Every field of an input schema that is not bounded and clean: a text without a max length or
 * without the shared control-character check (ZText, ZMultilineText), a number without an explicit
 * min and max, a list without a max length. A schema type it does not know is a fault too, so a
 * new kind of input gets looked at rather than waved through.
 */
export function inputFaults(schema: Schema, path = 'input'): InputFault[] {
  const def = schema._zod.def as { type: string } & Record<string, unknown>
  const inner = (key: string, at = path) => inputFaults(def[key] as Schema, at)
  switch (def.type) {
    case 'string':
      return stringFaults(schema, path)
    case 'number':
      return numberFaults(schema, path)
    case 'boolean':
    case 'enum':
    case 'literal':
    case 'null':
    case 'undefined':
    case 'custom':
      return []
    case 'object':
      return Object.entries(def.shape as Record<string, Schema>).flatMap(([key, field]) =>
        inputFaults(field, `${path}.${key}`),
      )
    case 'array':
      return [
        ...(hasCheck(schema, ['max_length', 'length_equals'])
          ? []
          : [{ path, fault: 'array without max length' as const }]),
        ...inner('element', `${path}[]`),
      ]
    case 'optional':
    case 'nullable':
    case 'default':
    case 'prefault':
    case 'readonly':
    case 'nonoptional':
    case 'catch':
      return inner('innerType')
    case 'pipe':
      // Both sides see caller data; a preprocess (transform first) is judged by the schema after it.
      return (def.in as Schema)._zod.def.type === 'transform' ? inner('out') : [...inner('in'), ...inner('out')]
    case 'transform':
      return []
    case 'union':
      return (def.options as Schema[]).flatMap((option, i) => inputFaults(option, `${path}|${i}`))
    default:
      return [{ path, fault: `unsupported schema type ${def.type}` }]
  }
}
