/**
 * The sensitive-action guard fed by the real identity adapters rather than test headers: the dev
 * adapter (session cookie, step-up code confirmed in that session) and Clerk (a session token
 * whose `fva` claim carries the second factor's age).
 */
import type { IdentityResolver } from '@portail/auth'
import { createClerkIdentity } from '@portail/auth/clerk'
import {
  createDevIdentity,
  requestSignInCode,
  requestStepUpCode,
  verifySignInCode,
  verifyStepUpCode,
} from '@portail/auth/dev'
import type { AdminConnection } from '@portail/db/admin'
import { clients, memberships, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { exportSPKI, generateKeyPair, SignJWT } from 'jose'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../src/context'
import { createCaller } from '../src/root'
import { hostOf, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'

interface Fixture extends TwoTenantFixture {
  devOwnerId: string
  walkInIds: string[]
}

const devOwnerEmail = 'dev-owner@alpha-pools.test'

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const f = await twoTenantFixture(admin)
  const [devOwner] = await admin.db
    .insert(users)
    .values({ externalId: `dev:${devOwnerEmail}`, email: devOwnerEmail, name: 'Dev Owner' })
    .returning({ id: users.id })
  if (!devOwner) throw new Error('dev owner not created')
  await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: devOwner.id, role: 'owner' })
  const walkIns = await admin.db
    .insert(clients)
    .values(['one', 'two', 'three'].map((n) => ({ tenantId: f.a.id, fullName: `Walk-in ${n}` })))
    .returning({ id: clients.id })
  return { ...f, devOwnerId: devOwner.id, walkInIds: walkIns.map((row) => row.id) }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const callerWith = async (identity: IdentityResolver, headers: Record<string, string>) =>
  createCaller(
    await createContext({
      database: db.app,
      identity,
      rootDomain,
      headers: new Headers({ host: hostOf(db.data.a.slug), 'accept-language': 'en', ...headers }),
    }),
  )

const walkIn = (index: number) => db.data.walkInIds[index] ?? ''

describe('with the dev adapter', () => {
  const secret = 'a-test-secret-that-is-long-enough-0123456789'
  // The person's inbox: the last code mailed of each kind.
  const inbox = new Map<string, string>()
  const mailer = (): Parameters<typeof requestSignInCode>[1] => ({
    send: (message) => {
      inbox.set(message.kind, message.subject.slice(0, 6))
      return Promise.resolve()
    },
  })
  const codeIn = (kind: 'sign-in-code' | 'step-up-code') => Promise.resolve(inbox.get(kind) ?? '')

  it('refuses deleting a client until the session confirms a step-up code, then allows it', async () => {
    await requestSignInCode(db.app, mailer(), { email: devOwnerEmail, locale: 'en' }, { secret })
    const session = await verifySignInCode(
      db.app,
      { email: devOwnerEmail, code: await codeIn('sign-in-code') },
      { secret },
    )
    if (!session.ok) throw new Error(session.reason)
    const identity = createDevIdentity({ database: db.app, secret, operators: [] })
    const caller = () => callerWith(identity, { cookie: `portail_session=${session.sessionToken}` })

    const refused = await errorOf((await caller()).staff.clients.delete({ id: walkIn(0) }))
    expect(refused.cause).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' })

    const sessionId = session.sessionToken.split('.')[0] ?? ''
    await requestStepUpCode(db.app, mailer(), { sessionId, locale: 'en' }, { secret })
    expect((await verifyStepUpCode(db.app, { sessionId, code: await codeIn('step-up-code') }, { secret })).ok).toBe(
      true,
    )
    expect(await (await caller()).staff.clients.delete({ id: walkIn(0) })).toEqual({ id: walkIn(0) })
  })
})

describe('with Clerk session tokens', () => {
  const origin = 'https://alpha-pools.portail.test'
  let sign: (fva: [number, number]) => Promise<string>
  let identity: IdentityResolver

  beforeAll(async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
    const now = Math.floor(Date.now() / 1000)
    sign = (fva) =>
      new SignJWT({
        v: 2,
        sub: 'user_owner',
        sid: 'sess_1',
        azp: origin,
        iat: now - 5,
        nbf: now - 5,
        exp: now + 60,
        sts: 'active',
        fva,
      })
        .setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'ins_local' })
        .sign(privateKey)
    identity = createClerkIdentity({
      jwtKey: await exportSPKI(publicKey),
      parties: { rootDomain },
      lookupUser: () =>
        Promise.resolve({
          userId: db.data.a.ownerUserId,
          email: 'owner@alpha-pools.test',
          name: 'owner Alpha',
          locale: null,
          platformRole: null,
        }),
    })
  })

  const deleteWith = async (fva: [number, number], index: number) =>
    (await callerWith(identity, { authorization: `Bearer ${await sign(fva)}` })).staff.clients.delete({
      id: walkIn(index),
    })

  it('refuses a session with no second factor (fva[1] = -1) or one verified 10 minutes ago or more', async () => {
    for (const fva of [
      [0, -1],
      [2, 10],
      [45, 45],
    ] as [number, number][]) {
      const error = await errorOf(deleteWith(fva, 1))
      expect(error.cause, `fva ${fva.join(',')}`).toMatchObject({ code: 'SECOND_FACTOR_REQUIRED' })
    }
  })

  it('allows it when the second factor was verified less than 10 minutes ago', async () => {
    expect(await deleteWith([30, 9], 1)).toEqual({ id: walkIn(1) })
    expect(await deleteWith([1, 0], 2)).toEqual({ id: walkIn(2) })
  })
})
