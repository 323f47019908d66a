import { isSecondFactorFresh } from '@portail/auth'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import {
  createDevAuthHandlers,
  createDevIdentity,
  requestSignInCode,
  requestStepUpCode,
  signOut,
  verifySignInCode,
  verifyStepUpCode,
} from '../src/dev'

const secret = 'a-test-secret-that-is-long-enough-0123456789'
const start = new Date()
let clock = start
const now = () => clock
const options = { secret, now }
const later = (minutes: number) => new Date(start.getTime() + minutes * 60_000)

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const mailer = () => createOutboxMailer(db.app)
const identity = () => createDevIdentity({ database: db.app, secret, operators: [], now })
const cookieOf = (token: string) => new Headers({ cookie: `portail_session=${token}` })
const otherCode = (code: string) => String((Number(code) + 1) % 1_000_000).padStart(6, '0')

const latestCode = async (email: string, kind: 'sign-in-code' | 'step-up-code') => {
  const [mail] = await readLocalMailbox(db.app, email, { kind, limit: 1 })
  const code = mail?.subject.match(/\d{6}/)?.[0]
  if (!code) throw new Error(`no ${kind} for ${email}`)
  return code
}

/** Signs `email` in through the dev flow and returns the session token and id. */
async function signIn(email: string) {
  await requestSignInCode(db.app, mailer(), { email, locale: 'fr' }, options)
  const result = await verifySignInCode(db.app, { email, code: await latestCode(email, 'sign-in-code') }, options)
  if (!result.ok) throw new Error(`sign-in refused: ${result.reason}`)
  return { token: result.sessionToken, sessionId: result.sessionToken.split('.')[0] ?? '' }
}

const stepUpCodeFor = async (sessionId: string, email: string) => {
  const requested = await requestStepUpCode(db.app, mailer(), { sessionId, locale: 'en' }, options)
  expect(requested).toEqual({ ok: true, email })
  return latestCode(email, 'step-up-code')
}

describe('step-up under the dev adapter', () => {
  it('mails a code to the session’s own address; confirming it makes the identity report its age in minutes', async () => {
    clock = start
    const { token, sessionId } = await signIn('ana@example.test')
    expect((await identity()(cookieOf(token)))?.secondFactorAgeMinutes).toBeNull()

    const code = await stepUpCodeFor(sessionId, 'ana@example.test')
    const [mail] = await readLocalMailbox(db.app, 'ana@example.test', { kind: 'step-up-code' })
    expect(mail?.subject).toBe(`${code} confirms your Portail action`)
    clock = later(1)
    expect(await verifyStepUpCode(db.app, { sessionId, code }, options)).toEqual({ ok: true, verifiedAt: later(1) })

    clock = later(1.5)
    expect((await identity()(cookieOf(token)))?.secondFactorAgeMinutes).toBe(0)
    clock = later(10.9)
    const nineMinutes = await identity()(cookieOf(token))
    expect(nineMinutes?.secondFactorAgeMinutes).toBe(9)
    expect(nineMinutes && isSecondFactorFresh(nineMinutes)).toBe(true)
    clock = later(11)
    const tenMinutes = await identity()(cookieOf(token))
    expect(tenMinutes?.secondFactorAgeMinutes).toBe(10)
    expect(tenMinutes && isSecondFactorFresh(tenMinutes)).toBe(false)
  })

  it('leaves the person’s other sessions unconfirmed, and a code works only in its own session', async () => {
    clock = start
    const laptop = await signIn('bea@example.test')
    const phone = await signIn('bea@example.test')
    const code = await stepUpCodeFor(laptop.sessionId, 'bea@example.test')
    expect(await verifyStepUpCode(db.app, { sessionId: phone.sessionId, code }, options)).toEqual({
      ok: false,
      reason: 'no-code',
    })
    expect((await verifyStepUpCode(db.app, { sessionId: laptop.sessionId, code }, options)).ok).toBe(true)
    expect((await identity()(cookieOf(laptop.token)))?.secondFactorAgeMinutes).toBe(0)
    expect((await identity()(cookieOf(phone.token)))?.secondFactorAgeMinutes).toBeNull()
  })

  it('refuses an expired code, then a used one', async () => {
    clock = start
    const { sessionId } = await signIn('carl@example.test')
    const stale = await stepUpCodeFor(sessionId, 'carl@example.test')
    clock = later(10)
    expect(await verifyStepUpCode(db.app, { sessionId, code: stale }, options)).toEqual({
      ok: false,
      reason: 'expired',
    })
    const fresh = await stepUpCodeFor(sessionId, 'carl@example.test')
    expect((await verifyStepUpCode(db.app, { sessionId, code: fresh }, options)).ok).toBe(true)
    expect(await verifyStepUpCode(db.app, { sessionId, code: fresh }, options)).toEqual({
      ok: false,
      reason: 'consumed',
    })
  })

  it('locks the code at the fifth wrong try: even the right one is refused and nothing is confirmed', async () => {
    clock = start
    const { token, sessionId } = await signIn('dana@example.test')
    const code = await stepUpCodeFor(sessionId, 'dana@example.test')
    const results = []
    for (let i = 0; i < 5; i++)
      results.push(await verifyStepUpCode(db.app, { sessionId, code: otherCode(code) }, options))
    expect(results.map((r) => (r.ok ? 'ok' : `${r.reason}:${r.attemptsLeft ?? '-'}`))).toEqual([
      'wrong-code:4',
      'wrong-code:3',
      'wrong-code:2',
      'wrong-code:1',
      'locked:-',
    ])
    expect(await verifyStepUpCode(db.app, { sessionId, code }, options)).toEqual({ ok: false, reason: 'locked' })
    expect((await identity()(cookieOf(token)))?.secondFactorAgeMinutes).toBeNull()
  })

  it('never opens a session with a step-up code, and leaves a pending sign-in code usable', async () => {
    clock = start
    const { sessionId } = await signIn('eve@example.test')
    await requestSignInCode(db.app, mailer(), { email: 'eve@example.test', locale: 'fr' }, options)
    const signInCode = await latestCode('eve@example.test', 'sign-in-code')
    const stepUp = await stepUpCodeFor(sessionId, 'eve@example.test')
    const withStepUp = await verifySignInCode(db.app, { email: 'eve@example.test', code: stepUp }, options)
    expect(withStepUp.ok).toBe(false)
    const withSignIn = await verifySignInCode(db.app, { email: 'eve@example.test', code: signInCode }, options)
    expect(withSignIn.ok).toBe(true)
  })

  it('refuses a signed-out session', async () => {
    clock = start
    const { token, sessionId } = await signIn('finn@example.test')
    const code = await stepUpCodeFor(sessionId, 'finn@example.test')
    await signOut(db.app, token, options)
    expect(await verifyStepUpCode(db.app, { sessionId, code }, options)).toEqual({ ok: false, reason: 'not-signed-in' })
    expect(await requestStepUpCode(db.app, mailer(), { sessionId, locale: 'fr' }, options)).toEqual({
      ok: false,
      reason: 'not-signed-in',
    })
  })
})

describe('POST step-up/request-code and step-up/verify-code', () => {
  const handlers = () => createDevAuthHandlers({ database: db.app, mailer: mailer(), secret, now })
  const post = (body: unknown, cookie?: string) =>
    new Request('http://alpha.portail.test/api/auth/dev/step-up/x', {
      method: 'POST',
      headers: { 'content-type': 'application/json', ...(cookie ? { cookie } : {}) },
      body: JSON.stringify(body),
    })

  it('sends the code to the signed-in person and confirms it, in the asked language', async () => {
    clock = start
    const { token } = await signIn('gia@example.test')
    const cookie = `portail_session=${token}`
    const requested = await handlers().stepUpRequestCode(post({ locale: 'en' }, cookie))
    expect(requested.status).toBe(202)
    expect(await requested.json()).toEqual({ status: 'sent', email: 'gia@example.test', validForMinutes: 10 })
    const code = await latestCode('gia@example.test', 'step-up-code')
    const wrong = await handlers().stepUpVerifyCode(post({ code: otherCode(code), locale: 'fr' }, cookie))
    expect(wrong.status).toBe(401)
    expect(await wrong.json()).toEqual({
      error: { code: 'wrong-code', message: 'Ce code n’est pas le bon.', attemptsLeft: 4 },
    })
    const confirmed = await handlers().stepUpVerifyCode(post({ code }, cookie))
    expect(confirmed.status).toBe(200)
    expect((await identity()(cookieOf(token)))?.secondFactorAgeMinutes).toBe(0)
  })

  it('answers 401 without a session, or with a forged one, and mails nothing', async () => {
    const anonymous = await handlers().stepUpRequestCode(post({ locale: 'en' }))
    expect(anonymous.status).toBe(401)
    expect(await anonymous.json()).toEqual({
      error: { code: 'not-signed-in', message: 'Sign in first: confirmation applies to a signed-in session.' },
    })
    const forged = await handlers().stepUpVerifyCode(
      post({ code: '123456' }, 'portail_session=0190f5e4-8a3b-7c1d-9e2f-123456789abc.forged'),
    )
    expect(forged.status).toBe(401)
  })
})
