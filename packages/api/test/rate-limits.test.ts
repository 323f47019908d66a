import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { createRateLimits, type RateLimits } from '@portail/auth/rate-limit'
import { users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../src/context'
import { handleTrpcRequest, trpcEndpoint } from '../src/handle-trpc-request'
import { appRouter, createCaller } from '../src/root'
import { userRateLimitedProcedures } from '../src/user-rate-limits'
import { hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'

/*
 * Per-user limits on signed-in mutations and the batch cap, over HTTP as the web route calls the
 * API (limits passed in, here in memory: the stores themselves are tested in @portail/auth).
 */
interface Fixture extends TwoTenantFixture {
  founderUserId: string
  otherFounderUserId: string
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    const person = async (email: string) => {
      const [row] = await admin.db
        .insert(users)
        .values({ externalId: `test:${email}`, email, name: 'Founder' })
        .returning({ id: users.id })
      if (!row) throw new Error('user not created')
      return row.id
    }
    return {
      ...f,
      founderUserId: await person('eager@example.test'),
      otherFounderUserId: await person('calm@example.test'),
    }
  })
})
afterAll(async () => db.close())

interface Answer {
  result?: { data: { json: { slug: string } } }
  error?: { json: { message: string; data: { code: string; httpStatus: number; appCode: string } } }
}

const business = (slug: string) => ({
  name: `Shop ${slug}`,
  trade: 'landscaping',
  slug,
  timeZone: 'America/Toronto',
  defaultLocale: 'en',
})

/** One POST to /api/trpc with `slugs.length` createBusiness calls (a batch when more than one). */
async function createBusinesses(limits: RateLimits, userId: string, slugs: string[], acceptLanguage = 'en') {
  const headers = requestHeaders({ host: rootDomain, userId, acceptLanguage })
  headers.set('content-type', 'application/json')
  const batch = slugs.length > 1
  const path = slugs.map(() => 'onboarding.createBusiness').join(',')
  const body = batch
    ? Object.fromEntries(slugs.map((slug, i) => [String(i), { json: business(slug) }]))
    : { json: business(slugs[0] ?? '') }
  const response = await handleTrpcRequest(
    new Request(`http://${rootDomain}${trpcEndpoint}/${path}${batch ? '?batch=1' : ''}`, {
      method: 'POST',
      headers,
      body: JSON.stringify(body),
    }),
    { database: db.app, identity: createHeaderTestIdentity(), rootDomain, rateLimits: limits },
  )
  const answers = (await response.json()) as Answer | Answer[]
  return { response, answers: Array.isArray(answers) ? answers : [answers] }
}

async function slugTaken(slug: string) {
  const ctx = await createContext({
    database: db.app,
    identity: createHeaderTestIdentity(),
    rootDomain,
    headers: requestHeaders({ host: rootDomain }),
  })
  return (await createCaller(ctx).onboarding.checkSlug({ slug })).availability === 'taken'
}

describe('per-user limits on signed-in mutations', () => {
  it('counts every procedure of a batch: the 6th business of the hour is refused with 429, Retry-After and an English message; nothing of it is created', async () => {
    const limits = createRateLimits({ kind: 'memory' })
    const slugs = ['eager-1', 'eager-2', 'eager-3', 'eager-4', 'eager-5', 'eager-6']
    const { response, answers } = await createBusinesses(limits, db.data.founderUserId, slugs)
    expect(answers.slice(0, 5).map((answer) => answer.result?.data.json.slug)).toEqual(slugs.slice(0, 5))
    expect(answers[5]?.error?.json.data).toMatchObject({
      code: 'TOO_MANY_REQUESTS',
      httpStatus: 429,
      appCode: 'RATE_LIMITED',
    })
    expect(answers[5]?.error?.json.message).toBe(
      'You did this too many times in a short while; nothing was changed. Try again a little later.',
    )
    expect(Number(response.headers.get('retry-after'))).toBeGreaterThan(60 * 59)
    expect(await slugTaken('eager-5')).toBe(true)
    expect(await slugTaken('eager-6')).toBe(false)

    // The same person again, alone and in French: still refused. Someone else is not held back.
    const again = await createBusinesses(limits, db.data.founderUserId, ['eager-7'], 'fr')
    expect(again.response.status).toBe(429)
    expect(again.answers[0]?.error?.json.message).toMatch(/^Vous avez fait cette action trop de fois/)
    const other = await createBusinesses(limits, db.data.otherFounderUserId, ['calm-1'])
    expect(other.response.status).toBe(200)
  })

  it('holds a client to 20 booking changes an hour, whatever their outcome', async () => {
    const limits = createRateLimits({ kind: 'memory' })
    const ctx = await createContext({
      database: db.app,
      identity: createHeaderTestIdentity(),
      rootDomain,
      rateLimits: limits,
      headers: requestHeaders({ host: hostOf(db.data.a.slug), userId: db.data.a.clientUserId }),
    })
    const caller = createCaller(ctx)
    const missing = { id: '0190f5e4-8a3b-7c1d-9e2f-000000000000', expectedFeeCents: 0 }
    const codes = []
    for (let i = 0; i < 21; i++) codes.push((await errorOf(caller.booking.cancel(missing))).code)
    expect(codes.slice(0, 20).every((code) => code === 'NOT_FOUND')).toBe(true)
    expect(codes[20]).toBe('TOO_MANY_REQUESTS')
  })

  it('names only mutations of the router, so a renamed procedure cannot silently lose its limit', () => {
    const procedures: Record<string, unknown> = appRouter._def.procedures
    for (const path of Object.keys(userRateLimitedProcedures)) {
      const procedure = procedures[path]
      const type =
        typeof procedure === 'function' && '_def' in procedure && typeof procedure._def === 'object' && procedure._def
          ? (procedure._def as { type?: unknown }).type
          : undefined
      expect(type, path).toBe('mutation')
    }
  })
})

describe('batches', () => {
  it('refuses a batch of more than 20 procedures whole, with 413 in the caller’s language, and runs none of it', async () => {
    const limits = createRateLimits({ kind: 'memory' })
    const slugs = Array.from({ length: 21 }, (_, i) => `flood-${i}`)
    const { response, answers } = await createBusinesses(limits, db.data.otherFounderUserId, slugs, 'fr-CA')
    expect(response.status).toBe(413)
    expect(answers[0]?.error?.json.data).toMatchObject({ code: 'PAYLOAD_TOO_LARGE', httpStatus: 413 })
    expect(answers[0]?.error?.json.message).toMatch(/^Trop d’opérations dans une même requête \(20 au plus\)/)
    expect(await slugTaken('flood-0')).toBe(false)
  })
})
