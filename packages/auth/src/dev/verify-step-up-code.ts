import type { Database } from '@portail/db'
import { signInCodes, userSessions } from '@portail/db/schema'
import { and, desc, eq } from 'drizzle-orm'
import { hashStepUpCode, sameSecret } from './crypto'
import { identityActor } from './identity-context'
import type { DevAuthOptions } from './request-sign-in-code'
import { maxCodeAttempts, systemClock } from './settings'
import { liveSession } from './step-up-session'
import type { SignInRefusal } from './verify-sign-in-code'

export type StepUpRefusal = Exclude<SignInRefusal, 'account-unavailable'> | 'not-signed-in'

export type StepUpResult = { ok: true; verifiedAt: Date } | { ok: false; reason: StepUpRefusal; attemptsLeft?: number }

/**
 * Confirms the session's latest step-up code, under the same rules as a sign-in code (10 minutes,
 * single use, locked at the fifth wrong try, row locked while checked). Success records the time
 * on this session only: from then on the dev identity reports the minutes since, and sensitive
 * actions are allowed for 10 minutes. A refusal commits, because a wrong try must count.
 */
export function verifyStepUpCode(
  database: Database,
  input: { sessionId: string; code: string },
  options: DevAuthOptions,
): Promise<StepUpResult> {
  const now = (options.now ?? systemClock)()
  return database.withTenant(identityActor, async (tx): Promise<StepUpResult> => {
    const session = await liveSession(tx, input.sessionId, now)
    if (!session) return { ok: false, reason: 'not-signed-in' }
    const [latest] = await tx
      .select()
      .from(signInCodes)
      .where(and(eq(signInCodes.sessionId, session.id), eq(signInCodes.purpose, 'step-up')))
      .orderBy(desc(signInCodes.createdAt), desc(signInCodes.id))
      .limit(1)
      .for('update')
    if (!latest) return { ok: false, reason: 'no-code' }
    if (latest.consumedAt) return { ok: false, reason: 'consumed' }
    if (latest.attempts >= maxCodeAttempts) return { ok: false, reason: 'locked' }
    if (latest.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }

    if (!sameSecret(hashStepUpCode(options.secret, session.id, input.code.trim()), latest.codeHash)) {
      const attempts = latest.attempts + 1
      await tx.update(signInCodes).set({ attempts }).where(eq(signInCodes.id, latest.id))
      if (attempts >= maxCodeAttempts) return { ok: false, reason: 'locked' }
      return { ok: false, reason: 'wrong-code', attemptsLeft: maxCodeAttempts - attempts }
    }

    await tx.update(signInCodes).set({ consumedAt: now }).where(eq(signInCodes.id, latest.id))
    await tx.update(userSessions).set({ secondFactorVerifiedAt: now }).where(eq(userSessions.id, session.id))
    return { ok: true, verifiedAt: now }
  })
}
