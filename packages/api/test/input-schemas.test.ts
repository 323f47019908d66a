/**
 * Every procedure's input is bounded and clean before it reaches the database: the sweep walks the
 * app router itself, so a procedure added tomorrow with a bare z.string() or z.number() fails here.
 * Then the two inputs that used to reach Postgres and answer 500 (a month in year 9999, a NUL
 * byte) are refused over HTTP with a message in the reader's language.
 */
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { inputFaults } from '@portail/validators'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { z } from 'zod'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { appRouter } from '../src/root'
import { callerFor, hostOf, requestHeaders, rootDomain } from './support/callers'

interface ProcedureDef {
  inputs: unknown[]
}

const isZodSchema = (value: unknown): value is z.core.$ZodType =>
  typeof value === 'object' && value !== null && '_zod' in value

const hasInputs = (procedure: unknown): procedure is { _def: ProcedureDef } =>
  typeof procedure === 'function' &&
  '_def' in procedure &&
  typeof procedure._def === 'object' &&
  procedure._def !== null &&
  'inputs' in procedure._def &&
  Array.isArray(procedure._def.inputs)

const registered: Record<string, unknown> = appRouter._def.procedures
const procedures = Object.entries(registered).flatMap(([path, procedure]) =>
  hasInputs(procedure) ? [[path, procedure] as const] : [],
)

describe('the input schema of every procedure', () => {
  it('is a zod schema with every text bounded and refusing control characters, every number and list bounded', () => {
    expect(procedures.length).toBeGreaterThan(50)
    const faults = procedures.flatMap(([path, procedure]) =>
      procedure._def.inputs.flatMap((input) =>
        isZodSchema(input) ? inputFaults(input, path) : [{ path, fault: 'not a zod schema' }],
      ),
    )
    expect(faults).toEqual([])
  })

  it('refuses a NUL byte in every text field it has', () => {
    // Each text leaf is tried alone: the sweep above proves each carries the shared check.
    let tried = 0
    const walk = (schema: z.core.$ZodType): void => {
      const def = schema._zod.def as { type: string } & Record<string, unknown>
      if (def.type === 'string' && (def as { format?: string }).format === undefined) {
        tried++
        // Multi-line texts keep LF and tab (and turn CR LF into LF): these are refused everywhere.
        for (const text of ['\u0000', 'Marie\u0000Tremblay', 'Acme\u001b[31m', 'Acme\u0085'])
          expect(schema['~standard'].validate(text)).toHaveProperty('issues')
      }
      for (const key of ['innerType', 'in', 'out', 'element']) if (isZodSchema(def[key])) walk(def[key])
      if (def.type === 'object')
        for (const field of Object.values(def.shape as Record<string, z.core.$ZodType>)) walk(field)
      if (def.type === 'union') for (const option of def.options as z.core.$ZodType[]) walk(option)
    }
    for (const [, procedure] of procedures)
      for (const input of procedure._def.inputs) if (isZodSchema(input)) walk(input)
    expect(tried).toBeGreaterThan(40)
  })
})

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

interface ErrorBody {
  error?: {
    json: { message: string; data: { appCode: string; zodIssues: { path: string[]; message: string }[] | null } }
  }
}

async function call(
  procedure: string,
  input: unknown,
  as: { userId?: string; acceptLanguage: string; mutation?: boolean; host?: string },
) {
  const host = as.host ?? hostOf(db.data.a.slug)
  const headers = requestHeaders({ host, userId: as.userId, acceptLanguage: as.acceptLanguage })
  const body = JSON.stringify({ json: input })
  const request = as.mutation
    ? new Request(`http://${host}/api/trpc/${procedure}`, {
        method: 'POST',
        headers: { ...Object.fromEntries(headers), 'content-type': 'application/json' },
        body,
      })
    : new Request(`http://${host}/api/trpc/${procedure}?input=${encodeURIComponent(body)}`, { headers })
  const response = await handleTrpcRequest(request, {
    database: db.app,
    identity: createHeaderTestIdentity(),
    rootDomain,
  })
  return { status: response.status, body: (await response.json()) as ErrorBody }
}

describe('inputs that used to reach the database', () => {
  it('a month in year 9999 is a 400 naming the month, in the reader’s language', async () => {
    const answer = await call(
      'booking.availableDays',
      { serviceId: db.data.a.serviceId, month: '9999-12' },
      { acceptLanguage: 'en-CA' },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error?.json.data.zodIssues).toEqual([
      expect.objectContaining({ path: ['month'], message: 'Choose a date between the years 2000 and 2100.' }),
    ])
  })

  it('a month at the far bound is still answered', async () => {
    const answer = await call(
      'booking.availableDays',
      { serviceId: db.data.a.serviceId, month: '2100-12' },
      { acceptLanguage: 'en-CA' },
    )
    expect(answer.status).toBe(200)
  })

  it('a NUL byte in a client’s name is a 400 on that field, worded in French for a French reader', async () => {
    const answer = await call(
      'staff.clients.create',
      { fullName: 'Marie\u0000Tremblay', email: 'marie@example.com' },
      { userId: db.data.a.ownerUserId, acceptLanguage: 'fr-CA', mutation: true },
    )
    expect(answer.status).toBe(400)
    const issues = answer.body.error?.json.data.zodIssues
    expect(issues?.map((issue) => issue.path)).toEqual([['fullName']])
    expect(issues?.[0]?.message).toMatch(/caractère invisible/)
  })

  it('a NUL byte in booking notes is a 400, not a failed insert, and books nothing', async () => {
    const client = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.clientUserId })
    const before = await client.booking.mine({ scope: 'upcoming' })
    const answer = await call(
      'booking.create',
      {
        serviceId: db.data.a.serviceId,
        start: '2030-07-08T13:00:00.000Z',
        idempotencyKey: 'nul-notes-0001',
        notes: 'Gate code 1234\u0000',
      },
      { userId: db.data.a.clientUserId, acceptLanguage: 'en-CA', mutation: true },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error?.json.data.appCode).toBe('BAD_REQUEST')
    expect(await client.booking.mine({ scope: 'upcoming' })).toEqual(before)
  })
})

describe('a name that is copied into mail headers', () => {
  // A CR/LF in a business name would end the Subject or From header and start one of the caller's own.
  const injected = 'Piscines Alpha\r\nBcc: everyone@example.test'
  const refusal =
    'This text contains an invisible character that is not allowed (line break, tab or control character): remove it.'

  it('is refused when a business is started, and no business is created', async () => {
    const answer = await call(
      'onboarding.createBusiness',
      {
        name: injected,
        trade: 'pool_care',
        slug: 'header-injection',
        timeZone: 'America/Toronto',
        defaultLocale: 'en',
      },
      { userId: db.data.a.ownerUserId, acceptLanguage: 'en-CA', mutation: true, host: rootDomain },
    )
    expect(answer.status).toBe(400)
    expect(answer.body.error?.json.data.zodIssues).toEqual([
      expect.objectContaining({ path: ['name'], message: refusal }),
    ])
    const anonymous = await callerFor(db.app, { host: rootDomain })
    expect(await anonymous.onboarding.checkSlug({ slug: 'header-injection' })).toEqual({
      slug: 'header-injection',
      availability: 'available',
    })
  })

  it('is refused in the settings, and the business keeps its name', async () => {
    const owner = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId })
    const before = (await owner.staff.settings.get()).name
    for (const name of [injected, 'Piscines Alpha\nBcc: everyone@example.test', 'Piscines\u0007Alpha']) {
      const answer = await call(
        'staff.settings.update',
        { name },
        { userId: db.data.a.ownerUserId, acceptLanguage: 'en-CA', mutation: true },
      )
      expect(answer.status).toBe(400)
      expect(answer.body.error?.json.data.zodIssues).toEqual([
        expect.objectContaining({ path: ['name'], message: refusal }),
      ])
    }
    expect((await owner.staff.settings.get()).name).toBe(before)
  })
})
