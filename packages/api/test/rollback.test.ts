import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { createClient } from '@portail/core/clients'
import { DomainError } from '@portail/core/errors'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { fetchRequestHandler } from '@trpc/server/adapters/fetch'
import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createContext } from '../src/context'
import { clientProcedure, staffProcedure } from '../src/procedures'
import { createCallerFactory, router } from '../src/trpc'
import { hostOf, requestHeaders, rootDomain } from './support/callers'
import { errorOf } from './support/error-of'
import { snapshotTenant } from './support/snapshot'

/*
 * Procedures that write and then fail, built with the real procedure builders: what they wrote
 * must be rolled back with the failure, whatever kind of failure it is.
 */
const failingRouter = router({
  createThenRefuse: staffProcedure('clients.write').mutation(async ({ ctx }) => {
    await createClient(ctx.tx, ctx.staff, { fullName: 'Half Written', email: 'half-written@alpha.test' })
    throw new DomainError('CONFLICT', 'client.emailTaken', { field: 'email' })
  }),
  createThenCrash: staffProcedure('clients.write').mutation(async ({ ctx }) => {
    await createClient(ctx.tx, ctx.staff, { fullName: 'Half Written', email: 'half-written@alpha.test' })
    await ctx.tx.execute(sql`select secret_column from no_such_table`)
  }),
  profileThenCrash: clientProcedure('profile.write').mutation(async ({ ctx }) => {
    await ctx.tx.execute(sql`update clients set full_name = 'Half Written' where id = ${ctx.client.clientId}`)
    throw new Error('boom after write')
  }),
})

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const contextAs = (userId: string, acceptLanguage?: string) =>
  createContext({
    database: db.app,
    identity: createHeaderTestIdentity(),
    rootDomain,
    headers: requestHeaders({ host: hostOf(db.data.a.slug), userId, acceptLanguage }),
  })
const callAs = async (userId: string) => createCallerFactory(failingRouter)(await contextAs(userId))

describe('a procedure that fails after writing', () => {
  it('rolls back on a domain error and reports that error', async () => {
    const before = await snapshotTenant(db.app, db.data.a)
    const error = await errorOf((await callAs(db.data.a.ownerUserId)).createThenRefuse())
    expect(error.code).toBe('CONFLICT')
    expect(await snapshotTenant(db.app, db.data.a)).toEqual(before)
  })

  it('rolls back on an unexpected error and answers INTERNAL_SERVER_ERROR without the SQL', async () => {
    const before = await snapshotTenant(db.app, db.data.a)
    const error = await errorOf((await callAs(db.data.a.ownerUserId)).createThenCrash())
    expect(error.code).toBe('INTERNAL_SERVER_ERROR')
    expect(error.message).toBe('Une erreur inattendue est survenue. Veuillez réessayer.')
    expect(await snapshotTenant(db.app, db.data.a)).toEqual(before)
  })

  it('rolls back a client’s own write too', async () => {
    const before = await snapshotTenant(db.app, db.data.a)
    expect((await errorOf((await callAs(db.data.a.clientUserId)).profileThenCrash())).code).toBe(
      'INTERNAL_SERVER_ERROR',
    )
    expect(await snapshotTenant(db.app, db.data.a)).toEqual(before)
  })

  it('sends no SQL, table name or stack over HTTP', async () => {
    const headers = requestHeaders({
      host: hostOf(db.data.a.slug),
      userId: db.data.a.ownerUserId,
      acceptLanguage: 'en',
    })
    headers.set('content-type', 'application/json')
    const req = new Request(`http://${hostOf(db.data.a.slug)}/api/trpc/createThenCrash`, {
      method: 'POST',
      headers,
      body: '{}',
    })
    const response = await fetchRequestHandler({
      endpoint: '/api/trpc',
      req,
      router: failingRouter,
      createContext: () => contextAs(db.data.a.ownerUserId, 'en'),
    })
    expect(response.status).toBe(500)
    const text = await response.text()
    expect(text).toContain('Something went wrong. Please try again.')
    expect(text).not.toMatch(/no_such_table|secret_column|select|stack|\.ts:/i)
  })
})
