/**
 * The expressions the engine understands in `cancelOn.if` and trigger `if`: comparisons joined by
 * `&&`, each `operand == operand`, an operand being a path under `event.` or `async.` (letters,
 * digits, underscores) or a literal (quoted string, number, true, false, null). Inngest accepts
 * all of CEL; anything beyond this subset is refused when functions are registered.
 */
export type Operand =
  | { kind: 'path'; root: 'event' | 'async'; path: string[] }
  | { kind: 'literal'; value: string | number | boolean | null }

export type Comparison = readonly [Operand, Operand]

export class UnsupportedExpressionError extends Error {
  constructor(expression: string, reason: string) {
    super(`expression ${JSON.stringify(expression)} is not supported by the embedded engine: ${reason}`)
    this.name = 'UnsupportedExpressionError'
  }
}

const parseOperand = (expression: string, text: string): Operand => {
  const path = /^(event|async)((?:\.[A-Za-z_][A-Za-z0-9_]*)+)$/.exec(text)
  if (path) {
    const root = path[1] === 'async' ? 'async' : 'event'
    return { kind: 'path', root, path: (path[2] ?? '').slice(1).split('.') }
  }
  const quoted = /^'([^'\\]*)'$|^"([^"\\]*)"$/.exec(text)
  if (quoted) return { kind: 'literal', value: quoted[1] ?? quoted[2] ?? '' }
  if (/^-?\d+(\.\d+)?$/.test(text)) return { kind: 'literal', value: Number(text) }
  if (text === 'true' || text === 'false') return { kind: 'literal', value: text === 'true' }
  if (text === 'null') return { kind: 'literal', value: null }
  throw new UnsupportedExpressionError(expression, `cannot read ${JSON.stringify(text)}`)
}

export function parseExpression(expression: string): Comparison[] {
  const parts = expression.split('&&').map((part) => part.trim())
  return parts.map((part) => {
    const sides = part.split('==')
    if (sides.length !== 2 || /[!<>|()]/.test(part)) {
      throw new UnsupportedExpressionError(expression, 'only `a == b` comparisons joined by && are understood')
    }
    const [left = '', right = ''] = sides.map((side) => side.trim())
    return [parseOperand(expression, left), parseOperand(expression, right)] as const
  })
}

export interface Roots {
  event?: unknown
  async?: unknown
}

const walk = (value: unknown, path: readonly string[]): unknown => {
  let current = value
  for (const key of path) {
    if (current === null || typeof current !== 'object' || Array.isArray(current)) return undefined
    current = (current as Record<string, unknown>)[key]
  }
  return current
}

export const operandValue = (operand: Operand, roots: Roots): unknown =>
  operand.kind === 'literal' ? operand.value : walk(roots[operand.root], operand.path)

/** Whether every comparison holds; a missing value never equals anything (as in CEL, no match). */
export function holds(comparisons: readonly Comparison[], roots: Roots): boolean {
  return comparisons.every(([left, right]) => {
    const a = operandValue(left, roots)
    const b = operandValue(right, roots)
    return a !== undefined && b !== undefined && a === b
  })
}
