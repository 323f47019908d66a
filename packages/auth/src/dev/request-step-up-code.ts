import type { Database } from '@portail/db'
import { signInCodes } from '@portail/db/schema'
import { type Mailer, portailEmailBrand, renderEmail } from '@portail/email'
import { and, eq, isNull } from 'drizzle-orm'
import { hashStepUpCode, newSignInCode } from './crypto'
import { identityActor } from './identity-context'
import type { DevAuthOptions } from './request-sign-in-code'
import { codeLifetimeMinutes, systemClock } from './settings'
import { liveSession } from './step-up-session'

export type StepUpCodeRequested = { ok: true; email: string } | { ok: false; reason: 'not-signed-in' }

/**
 * Mails a confirmation code to the signed-in session's own address (never to an address the
 * request names). The code belongs to this session only: confirming it in another session, or
 * using it to sign in, does nothing. A new code supersedes the session's earlier unconsumed ones.
 */
export async function requestStepUpCode(
  database: Database,
  mailer: Mailer,
  input: { sessionId: string; locale: 'fr' | 'en' },
  options: DevAuthOptions,
): Promise<StepUpCodeRequested> {
  const now = (options.now ?? systemClock)()
  const code = newSignInCode()
  const issued = await database.withTenant(identityActor, async (tx) => {
    const session = await liveSession(tx, input.sessionId, now)
    if (!session) return null
    await tx
      .update(signInCodes)
      .set({ consumedAt: now })
      .where(
        and(eq(signInCodes.sessionId, session.id), eq(signInCodes.purpose, 'step-up'), isNull(signInCodes.consumedAt)),
      )
    const [row] = await tx
      .insert(signInCodes)
      .values({
        email: session.email,
        purpose: 'step-up',
        sessionId: session.id,
        codeHash: hashStepUpCode(options.secret, session.id, code),
        expiresAt: new Date(now.getTime() + codeLifetimeMinutes * 60_000),
        createdAt: now,
      })
      .returning({ id: signInCodes.id })
    if (!row) throw new Error('step-up code not stored')
    return { id: row.id, email: session.email }
  })
  if (!issued) return { ok: false, reason: 'not-signed-in' }
  const message = await renderEmail(
    'step-up-code',
    { code, validMinutes: codeLifetimeMinutes },
    { locale: input.locale, brand: portailEmailBrand },
  )
  await mailer.send({
    to: issued.email,
    locale: input.locale,
    subject: message.subject,
    text: message.text,
    html: message.html,
    kind: 'step-up-code',
    idempotencyKey: `step-up-code:${issued.id}`,
  })
  return { ok: true, email: issued.email }
}
