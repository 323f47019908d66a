const unitMs: Record<string, number> = { w: 604_800_000, d: 86_400_000, h: 3_600_000, m: 60_000, s: 1000 }

/**
 * The wake-up time of a `Sleep` op: `step.sleepUntil` sends an ISO instant, `step.sleep` a
 * duration in the SDK's time-string form (`"1d"`, `"2h30m10s"`). Null when it is neither.
 */
export function sleepUntil(name: string, from: Date): Date | null {
  if (/^\d{4}-\d{2}-\d{2}T/.test(name)) {
    const at = Date.parse(name)
    return Number.isNaN(at) ? null : new Date(at)
  }
  if (!/^(\d+[wdhms])+$/.test(name)) return null
  let total = 0
  for (const [, amount, unit] of name.matchAll(/(\d+)([wdhms])/g)) {
    total += Number(amount) * (unitMs[unit ?? 's'] ?? 1000)
  }
  return new Date(from.getTime() + total)
}
