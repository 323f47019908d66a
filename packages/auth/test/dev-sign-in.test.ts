import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { signInCodes, users } from '@portail/db/schema'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevIdentity, requestSignInCode, signOut, verifySignInCode } from '../src/dev'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const start = new Date('2026-03-02T14:00:00Z')
let clock = start
const now = () => clock
const options = { secret, now }

let db: TestDatabase<{ knownUserId: string }>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const [known] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:known@example.test', email: 'known@example.test', name: 'Known Person', locale: 'en' })
      .returning({ id: users.id })
    await admin.db.insert(users).values({ externalId: 'clerk:user_1', email: 'taken@example.test', name: 'Clerk User' })
    await admin.db
      .insert(users)
      .values({
        externalId: 'dev:gone@example.test',
        email: 'gone@example.test',
        name: 'Gone',
        deletedAt: new Date('2026-01-01T00:00:00Z'),
      })
    if (!known) throw new Error('known user not created')
    return { knownUserId: known.id }
  })
})
afterAll(async () => db.close())

const mailer = () => createOutboxMailer(db.app)

/** Asks for a code and reads it back from the local mailbox, as the person would. */
async function codeFor(email: string, locale: 'fr' | 'en' = 'fr'): Promise<string> {
  await requestSignInCode(db.app, mailer(), { email, locale }, options)
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'sign-in-code', limit: 1 })
  const code = mail?.subject.match(/\d{6}/)?.[0]
  if (!code) throw new Error(`no code in the mailbox of ${email}`)
  return code
}

const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')
const cookieHeaders = (token: string) => new Headers({ cookie: `theme=dark; portail_session=${token}` })
const resolver = (operators: string[] = []) => createDevIdentity({ database: db.app, secret, operators, now })

describe('signing in with an emailed code', () => {
  it('mails a 6-digit code in the asked language; the right code opens a session for a new user', async () => {
    clock = start
    await requestSignInCode(db.app, mailer(), { email: ' New.Person@Example.test ', locale: 'en' }, options)
    const [mail] = await readLocalMailbox(db.app, 'new.person@example.test')
    expect(mail?.subject).toMatch(/^\d{6} is your Portail sign-in code$/)
    const code = mail?.subject.slice(0, 6) ?? ''

    const result = await verifySignInCode(db.app, { email: 'new.person@example.test', code }, options)
    if (!result.ok) throw new Error(`refused: ${result.reason}`)
    const identity = await resolver()(cookieHeaders(result.sessionToken))
    expect(identity).toEqual({
      userId: result.userId,
      email: 'new.person@example.test',
      name: 'new.person',
      locale: null,
      platformRole: null,
      secondFactorAgeMinutes: null,
      emailVerified: true,
    })
  })

  it('signs an existing dev user in as that user', async () => {
    clock = start
    const result = await verifySignInCode(
      db.app,
      { email: 'known@example.test', code: await codeFor('known@example.test') },
      options,
    )
    expect(result.ok && result.userId).toBe(db.data.knownUserId)
  })

  it('refuses a code used once already', async () => {
    clock = start
    const code = await codeFor('reuse@example.test')
    expect((await verifySignInCode(db.app, { email: 'reuse@example.test', code }, options)).ok).toBe(true)
    expect(await verifySignInCode(db.app, { email: 'reuse@example.test', code }, options)).toEqual({
      ok: false,
      reason: 'consumed',
    })
  })

  it('refuses a code after its 10 minutes', async () => {
    clock = start
    const code = await codeFor('late@example.test')
    clock = new Date(start.getTime() + 10 * 60_000)
    expect(await verifySignInCode(db.app, { email: 'late@example.test', code }, options)).toEqual({
      ok: false,
      reason: 'expired',
    })
    clock = new Date(start.getTime() + 10 * 60_000 - 1000)
    expect((await verifySignInCode(db.app, { email: 'late@example.test', code }, options)).ok).toBe(true)
  })

  it('locks the code at the fifth wrong try, and then refuses even the right one', async () => {
    clock = start
    const code = await codeFor('guess@example.test')
    const wrong = { email: 'guess@example.test', code: otherCode(code) }
    for (const attemptsLeft of [4, 3, 2, 1]) {
      expect(await verifySignInCode(db.app, wrong, options)).toEqual({ ok: false, reason: 'wrong-code', attemptsLeft })
    }
    expect(await verifySignInCode(db.app, wrong, options)).toEqual({ ok: false, reason: 'locked' })
    expect(await verifySignInCode(db.app, { email: 'guess@example.test', code }, options)).toEqual({
      ok: false,
      reason: 'locked',
    })
  })

  it('counts concurrent wrong guesses one by one, never past the limit', async () => {
    clock = start
    const code = await codeFor('race@example.test')
    const wrong = { email: 'race@example.test', code: otherCode(code) }
    const results = await Promise.all(Array.from({ length: 8 }, () => verifySignInCode(db.app, wrong, options)))
    expect(results.filter((r) => !r.ok && r.reason === 'wrong-code')).toHaveLength(4)
    expect(await verifySignInCode(db.app, { email: 'race@example.test', code }, options)).toEqual({
      ok: false,
      reason: 'locked',
    })
  })

  it('makes a new code replace the previous one', async () => {
    clock = start
    const first = await codeFor('twice@example.test')
    const second = await codeFor('twice@example.test')
    if (first !== second) {
      expect(await verifySignInCode(db.app, { email: 'twice@example.test', code: first }, options)).toEqual({
        ok: false,
        reason: 'wrong-code',
        attemptsLeft: 4,
      })
    }
    expect((await verifySignInCode(db.app, { email: 'twice@example.test', code: second }, options)).ok).toBe(true)
  })

  it('refuses an email nobody asked a code for, an address owned by another identity provider, and a deleted account', async () => {
    clock = start
    expect(await verifySignInCode(db.app, { email: 'never@example.test', code: '123456' }, options)).toEqual({
      ok: false,
      reason: 'no-code',
    })
    const code = await codeFor('taken@example.test')
    expect(await verifySignInCode(db.app, { email: 'taken@example.test', code }, options)).toEqual({
      ok: false,
      reason: 'account-unavailable',
    })
    const gone = await codeFor('gone@example.test')
    expect(await verifySignInCode(db.app, { email: 'gone@example.test', code: gone }, options)).toEqual({
      ok: false,
      reason: 'account-unavailable',
    })
  })

  it('stores codes only as hashes', async () => {
    clock = start
    const codes = [await codeFor('hash-a@example.test'), await codeFor('hash-b@example.test')]
    const stored = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.select({ row: sql<string>`${signInCodes}::text`, codeHash: signInCodes.codeHash }).from(signInCodes),
    )
    expect(stored.length).toBeGreaterThanOrEqual(2)
    for (const { row, codeHash } of stored) {
      expect(codeHash).toMatch(/^[0-9a-f]{64}$/)
      for (const code of codes) expect(row).not.toContain(code)
    }
  })
})

describe('enumeration', () => {
  /** What a request leaves behind for one address: codes stored and mails queued. */
  async function traces(email: string) {
    const codes = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.select({ id: signInCodes.id }).from(signInCodes).where(sql`${signInCodes.email} = ${email}`),
    )
    const mails = (await readLocalMailbox(db.app, email, { limit: 1000 })).length
    return { codes: codes.length, mails }
  }

  // Timing is not asserted (a wall-clock comparison on a shared machine only flakes): equal timing
  // follows from equal work, which is what this checks: the same answer, and for a known account
  // and an unknown address exactly the same rows written.
  it('answers a known and an unknown email the same, doing the same work', async () => {
    clock = start
    const known = 'known@example.test'
    const unknown = 'nobody-at-all@example.test'
    const before = { known: await traces(known), unknown: await traces(unknown) }
    const a = await requestSignInCode(db.app, mailer(), { email: known, locale: 'fr' }, options)
    const b = await requestSignInCode(db.app, mailer(), { email: unknown, locale: 'fr' }, options)
    expect(b).toEqual(a)
    const after = { known: await traces(known), unknown: await traces(unknown) }
    expect(after.known.codes - before.known.codes).toBe(1)
    expect(after.unknown.codes - before.unknown.codes).toBe(1)
    expect(after.known.mails - before.known.mails).toBe(1)
    expect(after.unknown.mails - before.unknown.mails).toBe(1)
    // Asking does not provision an account: that happens only when a code is verified.
    const provisioned = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.select({ id: users.id }).from(users).where(sql`${users.email} = ${unknown}`),
    )
    expect(provisioned).toEqual([])
  })
})

describe('the session cookie', () => {
  async function signedIn(email: string) {
    clock = start
    const result = await verifySignInCode(db.app, { email, code: await codeFor(email) }, options)
    if (!result.ok) throw new Error(`refused: ${result.reason}`)
    return result.sessionToken
  }

  it('is refused once tampered with, or signed with another secret', async () => {
    const token = await signedIn('cookie@example.test')
    const [id = '', signature = ''] = token.split('.')
    const flipped = `${id}.${signature.startsWith('A') ? 'B' : 'A'}${signature.slice(1)}`
    const otherToken = await signedIn('cookie-2@example.test')
    const otherId = otherToken.split('.')[0] ?? ''
    expect(await resolver()(cookieHeaders(token))).not.toBeNull()
    for (const forged of [flipped, `${otherId}.${signature}`, id, `${id}.`, 'garbage']) {
      expect(await resolver()(cookieHeaders(forged)), forged).toBeNull()
    }
    const elsewhere = createDevIdentity({ database: db.app, secret: `${secret}-other`, operators: [], now })
    expect(await elsewhere(cookieHeaders(token))).toBeNull()
  })

  it('is refused after sign-out and after the session expires', async () => {
    const token = await signedIn('bye@example.test')
    await signOut(db.app, token, options)
    expect(await resolver()(cookieHeaders(token))).toBeNull()
    const other = await signedIn('later@example.test')
    clock = new Date(start.getTime() + 7 * 24 * 3600_000 - 1000)
    expect(await resolver()(cookieHeaders(other))).not.toBeNull()
    clock = new Date(start.getTime() + 7 * 24 * 3600_000)
    expect(await resolver()(cookieHeaders(other))).toBeNull()
  })

  it('is read only under its __Host- name when the app is served over HTTPS', async () => {
    const token = await signedIn('secure@example.test')
    const secure = createDevIdentity({ database: db.app, secret, operators: [], now, secure: true })
    expect(await secure(cookieHeaders(token))).toBeNull()
    expect(await secure(new Headers({ cookie: `__Host-portail_session=${token}` }))).not.toBeNull()
  })

  it('makes the listed emails platform operators', async () => {
    const token = await signedIn('boss@example.test')
    expect((await resolver(['Boss@Example.test'])(cookieHeaders(token)))?.platformRole).toBe('operator')
    expect((await resolver(['someone@example.test'])(cookieHeaders(token)))?.platformRole).toBeNull()
  })
})
