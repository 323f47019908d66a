/**
 * A value in a form two equal values share: object keys sorted, absent and null members dropped
 * (a stored address without `line2` equals a submitted one with `line2: null`), dates as ISO text.
 */
function canonical(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString()
  if (Array.isArray(value)) return value.map(canonical)
  if (value !== null && typeof value === 'object')
    return Object.fromEntries(
      Object.entries(value)
        .filter(([, member]) => member !== undefined && member !== null)
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([key, member]) => [key, canonical(member)]),
    )
  return value ?? null
}

/**
 * The keys of `patch` whose value differs from the row as it was (undefined in a patch means
 * "leave as is"), sorted: what an audit entry lists, so a form saved with one change names one
 * field and a form saved unchanged names none.
 */
export function fieldsThatDiffer(before: Record<string, unknown>, patch: Record<string, unknown>): string[] {
  return Object.entries(patch)
    .filter(([key, value]) => value !== undefined && JSON.stringify(canonical(value)) !== JSON.stringify(canonical(before[key])))
    .map(([key]) => key)
    .sort()
}
