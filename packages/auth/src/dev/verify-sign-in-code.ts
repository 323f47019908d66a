import type { Database, Tx } from '@portail/db'
import { signInCodes, userSessions, users } from '@portail/db/schema'
import { and, desc, eq, sql } from 'drizzle-orm'
import { hashSignInCode, sameSecret, signSessionId } from './crypto'
import { devExternalId, normalizeEmail } from './email-address'
import { identityActor } from './identity-context'
import type { DevAuthOptions } from './request-sign-in-code'
import { maxCodeAttempts, sessionLifetimeSeconds, systemClock } from './settings'

export type SignInRefusal =
  /** No code was ever asked for this email. */
  | 'no-code'
  | 'wrong-code'
  | 'expired'
  /** Used already, or superseded by a newer code. */
  | 'consumed'
  /** Too many wrong tries: even the right code is refused now. */
  | 'locked'
  /** The email belongs to an account the dev adapter does not manage, or a deleted one. */
  | 'account-unavailable'

export type SignInResult =
  | { ok: true; userId: string; sessionToken: string; expiresAt: Date }
  | { ok: false; reason: SignInRefusal; attemptsLeft?: number }

export interface VerifySignInCodeInput {
  email: string
  code: string
}

/**
 * Checks the email's latest code. Its row is locked for the check, so concurrent guesses are
 * counted one after the other and cannot exceed the try limit. A refusal commits (the wrong try
 * must count), which is why it is a result and not an exception.
 */
export function verifySignInCode(
  database: Database,
  input: VerifySignInCodeInput,
  options: DevAuthOptions,
): Promise<SignInResult> {
  const email = normalizeEmail(input.email)
  const now = (options.now ?? systemClock)()
  return database.withTenant(identityActor, async (tx): Promise<SignInResult> => {
    const [latest] = await tx
      .select()
      .from(signInCodes)
      // Step-up codes share the table; they confirm a session and can never open one.
      .where(and(eq(signInCodes.email, email), eq(signInCodes.purpose, 'sign-in')))
      .orderBy(desc(signInCodes.createdAt), desc(signInCodes.id))
      .limit(1)
      .for('update')
    if (!latest) return { ok: false, reason: 'no-code' }
    if (latest.consumedAt) return { ok: false, reason: 'consumed' }
    if (latest.attempts >= maxCodeAttempts) return { ok: false, reason: 'locked' }
    if (latest.expiresAt.getTime() <= now.getTime()) return { ok: false, reason: 'expired' }

    if (!sameSecret(hashSignInCode(options.secret, email, input.code.trim()), latest.codeHash)) {
      const attempts = latest.attempts + 1
      await tx.update(signInCodes).set({ attempts }).where(eq(signInCodes.id, latest.id))
      if (attempts >= maxCodeAttempts) return { ok: false, reason: 'locked' }
      return { ok: false, reason: 'wrong-code', attemptsLeft: maxCodeAttempts - attempts }
    }

    await tx.update(signInCodes).set({ consumedAt: now }).where(eq(signInCodes.id, latest.id))
    const userId = await provisionUser(tx, email)
    if (!userId) return { ok: false, reason: 'account-unavailable' }
    const expiresAt = new Date(now.getTime() + sessionLifetimeSeconds * 1000)
    const [session] = await tx
      .insert(userSessions)
      .values({ userId, createdAt: now, expiresAt })
      .returning({ id: userSessions.id })
    if (!session) throw new Error('session not stored')
    return { ok: true, userId, expiresAt, sessionToken: `${session.id}.${signSessionId(options.secret, session.id)}` }
  })
}

/**
 * The user behind a dev email, created on its first sign-in with the email's local part as name
 * until the profile says otherwise. Null when the address is taken by an account the identity
 * actor cannot see (another provider's) or when the account was deleted.
 */
async function provisionUser(tx: Tx, email: string): Promise<string | null> {
  const externalId = devExternalId(email)
  // Raw on purpose: the query builder names every column (as DEFAULT), and the identity actor may
  // only insert these three.
  await tx.execute(
    sql`insert into ${users} (${sql.identifier(users.externalId.name)}, ${sql.identifier(users.email.name)}, ${sql.identifier(users.name.name)})
      values (${externalId}, ${email}, ${email.split('@')[0] ?? email}) on conflict do nothing`,
  )
  const [user] = await tx
    .select({ id: users.id, deletedAt: users.deletedAt })
    .from(users)
    .where(eq(users.externalId, externalId))
  if (!user || user.deletedAt) return null
  return user.id
}
