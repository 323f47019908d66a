/**
 * `cents × rate`, rounded half away from zero: −0.5 cent rounds to −1 as +0.5 rounds to +1, so a
 * credit note that negates every line of an invoice negates its taxes exactly.
 * The rate is `rateMilliPercent / 100_000` (9.975 % = 9975): integer arithmetic, no float drift.
 * Bounds keep it exact: 500 lines × 100,000,000 cents × 15,000 × 2 ≈ 1.5e15 < 2^53.
 */
export const rateDenominator = 100_000

export function halfUpCents(cents: number, rateMilliPercent: number): number {
  const magnitude = Math.floor(
    (Math.abs(cents) * rateMilliPercent * 2 + rateDenominator) / (2 * rateDenominator),
  )
  // No −0 in results: it would print as '-0,00 $' and compare unequal under Object.is.
  return cents < 0 && magnitude !== 0 ? -magnitude : magnitude
}
