import { users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { createOutboxMailer, readLocalMailbox } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createDevAuthHandlers, createDevIdentity, type DevAuthHandlers } from '../src/dev'

const secret = 'another-test-secret-long-enough-0123456789'

let db: TestDatabase<null>
let handlers: DevAuthHandlers
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    await admin.db
      .insert(users)
      .values({ externalId: 'dev:known@example.test', email: 'known@example.test', name: 'Known' })
    return null
  })
  handlers = createDevAuthHandlers({ database: db.app, mailer: createOutboxMailer(db.app), secret })
})
afterAll(async () => db.close())

const post = (url: string, body: unknown, headers: Record<string, string> = {}) =>
  new Request(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify(body),
  })

async function codeOf(email: string) {
  const [mail] = await readLocalMailbox(db.app, email, { kind: 'sign-in-code', limit: 1 })
  return mail?.subject.match(/\d{6}/)?.[0] ?? ''
}

describe('POST request-code', () => {
  it('answers a known and an unknown email with the same status and body', async () => {
    const known = await handlers.requestCode(
      post('http://alpha.portail.test/api/auth/dev/request-code', { email: 'known@example.test' }),
    )
    const unknown = await handlers.requestCode(
      post('http://alpha.portail.test/api/auth/dev/request-code', { email: 'nobody@example.test' }),
    )
    expect([known.status, unknown.status]).toEqual([202, 202])
    expect(await unknown.json()).toEqual(await known.json())
    expect(known.headers.get('cache-control')).toBe('private, no-store')
  })

  it('refuses a form post and an invalid email, in the asked language', async () => {
    const form = await handlers.requestCode(
      new Request('http://a.test/x', {
        method: 'POST',
        headers: { 'content-type': 'application/x-www-form-urlencoded' },
        body: 'email=a@b.test',
      }),
    )
    expect(form.status).toBe(415)
    const fr = await handlers.requestCode(post('http://a.test/x', { email: 'not-an-email' }))
    const en = await handlers.requestCode(
      post('http://a.test/x', { email: 'not-an-email' }, { 'accept-language': 'en-CA,en;q=0.8' }),
    )
    expect(fr.status).toBe(400)
    expect(await fr.json()).toEqual({
      error: { code: 'invalid-input', message: 'Vérifiez l’adresse courriel et le code.' },
    })
    expect(await en.json()).toEqual({
      error: { code: 'invalid-input', message: 'Check the email address and the code.' },
    })
  })
})

describe('POST verify-code and sign-out', () => {
  it('sets a __Host- Secure cookie over HTTPS that signs the person in, and sign-out ends it', async () => {
    await handlers.requestCode(post('https://alpha.portail.test/x', { email: 'ana@example.test', locale: 'en' }))
    const verified = await handlers.verifyCode(
      post('https://alpha.portail.test/x', { email: 'ana@example.test', code: await codeOf('ana@example.test') }),
    )
    expect(verified.status).toBe(200)
    const cookie = verified.headers.get('set-cookie') ?? ''
    expect(cookie).toMatch(/^__Host-portail_session=[^;]+; HttpOnly; SameSite=Lax; Path=\/; Max-Age=604800; Secure$/)
    const pair = cookie.split(';')[0] ?? ''
    const identity = createDevIdentity({ database: db.app, secret, operators: [], secure: true })
    expect((await identity(new Headers({ cookie: pair })))?.email).toBe('ana@example.test')

    const out = await handlers.signOut(post('https://alpha.portail.test/x', {}, { cookie: pair }))
    expect(out.headers.get('set-cookie')).toMatch(/^__Host-portail_session=; .*Max-Age=0; Secure$/)
    expect(await identity(new Headers({ cookie: pair }))).toBeNull()
  })

  it('uses the plain cookie over HTTP, and behind a proxy that says https the __Host- one', async () => {
    await handlers.requestCode(post('http://localhost:3000/x', { email: 'bob@example.test' }))
    const plain = await handlers.verifyCode(
      post('http://localhost:3000/x', { email: 'bob@example.test', code: await codeOf('bob@example.test') }),
    )
    expect(plain.headers.get('set-cookie')).toMatch(/^portail_session=.*Max-Age=604800$/)
    await handlers.requestCode(post('http://localhost:3000/x', { email: 'bob@example.test' }))
    const proxied = await handlers.verifyCode(
      post(
        'http://localhost:3000/x',
        { email: 'bob@example.test', code: await codeOf('bob@example.test') },
        { 'x-forwarded-proto': 'https' },
      ),
    )
    expect(proxied.headers.get('set-cookie')).toMatch(/^__Host-portail_session=.*Secure$/)
  })

  it('refuses a wrong code with a localized message and no cookie', async () => {
    await handlers.requestCode(post('http://a.test/x', { email: 'carl@example.test' }))
    const code = await codeOf('carl@example.test')
    const wrong = String((Number(code) + 1) % 1_000_000).padStart(6, '0')
    const refused = await handlers.verifyCode(
      post('http://a.test/x', { email: 'carl@example.test', code: wrong, locale: 'fr' }),
    )
    expect(refused.status).toBe(401)
    expect(refused.headers.get('set-cookie')).toBeNull()
    expect(await refused.json()).toEqual({
      error: { code: 'wrong-code', message: 'Ce code n’est pas le bon.', attemptsLeft: 4 },
    })
  })
})
