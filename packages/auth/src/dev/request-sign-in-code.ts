import type { Database } from '@portail/db'
import { signInCodes } from '@portail/db/schema'
import { type Mailer, portailEmailBrand, renderEmail } from '@portail/email'
import { and, eq, isNull } from 'drizzle-orm'
import { hashSignInCode, newSignInCode } from './crypto'
import { normalizeEmail } from './email-address'
import { identityActor } from './identity-context'
import { type Clock, codeLifetimeMinutes, systemClock } from './settings'

export interface RequestSignInCodeInput {
  email: string
  locale: 'fr' | 'en'
  /** The business whose portal the code was asked on, for the mailbox record. */
  tenantId?: string | null
}

export interface DevAuthOptions {
  secret: string
  now?: Clock
}

/** Always the same answer, whoever asks: nothing to learn about which emails have an account. */
export interface SignInCodeRequested {
  status: 'sent'
}

/**
 * Issues a code to any address. Whether the address has an account is not even looked up (the
 * account is provisioned when the code is verified), so the answer and the work done are the same
 * for a known and an unknown email. A new code supersedes the email's earlier unconsumed codes.
 */
export async function requestSignInCode(
  database: Database,
  mailer: Mailer,
  input: RequestSignInCodeInput,
  options: DevAuthOptions,
): Promise<SignInCodeRequested> {
  const email = normalizeEmail(input.email)
  const now = (options.now ?? systemClock)()
  const code = newSignInCode()
  const issued = await database.withTenant(identityActor, async (tx) => {
    await tx
      .update(signInCodes)
      .set({ consumedAt: now })
      .where(and(eq(signInCodes.email, email), eq(signInCodes.purpose, 'sign-in'), isNull(signInCodes.consumedAt)))
    const [row] = await tx
      .insert(signInCodes)
      .values({
        email,
        codeHash: hashSignInCode(options.secret, email, code),
        expiresAt: new Date(now.getTime() + codeLifetimeMinutes * 60_000),
        createdAt: now,
      })
      .returning({ id: signInCodes.id })
    if (!row) throw new Error('sign-in code not stored')
    return row
  })
  const message = await renderEmail(
    'sign-in-code',
    { code, validMinutes: codeLifetimeMinutes },
    { locale: input.locale, brand: portailEmailBrand },
  )
  await mailer.send({
    to: email,
    locale: input.locale,
    subject: message.subject,
    text: message.text,
    html: message.html,
    kind: 'sign-in-code',
    tenantId: input.tenantId ?? null,
    idempotencyKey: `sign-in-code:${issued.id}`,
  })
  return { status: 'sent' }
}
