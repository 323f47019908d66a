/** How recent a second factor must be for a sensitive action (Clerk's `strict` reverification: 10 minutes). */
export const secondFactorMaxAgeMinutes = 10

/**
 * Whether the session verified a second factor less than `maxMinutes` ago: the gate for
 * sensitive staff actions (refunds, payout settings, deleting a client). Stricter than Clerk's
 * `reverification: 'strict'`, which accepts a fresh first factor when the user has no second
 * factor at all: here a session without a second factor is never fresh, so such actions require
 * the user to enrol one. Ages are whole minutes, like Clerk's `fva` claim, compared the way Clerk
 * does (an age equal to the limit is stale).
 */
export function isSecondFactorFresh(
  session: { secondFactorAgeMinutes?: number | null },
  maxMinutes = secondFactorMaxAgeMinutes,
): boolean {
  const age = session.secondFactorAgeMinutes
  return typeof age === 'number' && age >= 0 && age < maxMinutes
}
