import { sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import { dbRoleNames } from '../src/schema/actor-roles'
import { createTestDatabase, type TestDatabase, usingPostgres } from './harness'
import { attempt, catalogContext, queryRows, readCatalog } from './support/query'

/*
 * Every session of the login role carries time limits (migration 0041): a runaway statement, a
 * stuck lock wait or a transaction left open by a bug gives its pooled connection back instead of
 * holding it. PGlite stores the role's settings but applies none of them: it has no login (the
 * session becomes portail_app by SET SESSION AUTHORIZATION, which does not load a role's settings)
 * and, single-threaded in WebAssembly, no timer to cancel a statement with. There only the stored
 * settings are checked.
 */

const expected = {
  statement_timeout: '15s',
  lock_timeout: '5s',
  idle_in_transaction_session_timeout: '30s',
}

const onPostgres = usingPostgres()

/** A promise and the function that settles it, for one transaction to wait on another. */
function signal() {
  let fire: () => void = () => undefined
  const fired = new Promise<void>((resolve) => {
    fire = resolve
  })
  return { fire, fired }
}

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => {
  await db.close()
})

describe('time limits of the app role', () => {
  it('are set on portail_app itself, so every connection it opens gets them', async () => {
    const [role] = await readCatalog(
      db.app,
      z.object({ settings: z.array(z.string()).nullable() }),
      sql`select rolconfig as settings from pg_roles where rolname = ${dbRoleNames.login}`,
    )
    const settings = Object.fromEntries(
      (role?.settings ?? []).map((setting): [string, string] => {
        const [name = '', value = ''] = setting.split('=')
        return [name, value]
      }),
    )
    expect(settings).toMatchObject(expected)
  })

  it.runIf(onPostgres)('hold in a tenant transaction, whatever actor role it switched to', async () => {
    const shown = await db.app.withTenant(catalogContext, (tx) =>
      queryRows(
        tx,
        z.object({ statement: z.string(), lock: z.string(), idle: z.string() }),
        sql`select current_setting('statement_timeout') as statement, current_setting('lock_timeout') as lock,
            current_setting('idle_in_transaction_session_timeout') as idle`,
      ),
    )
    expect(shown).toEqual([{ statement: '15s', lock: '5s', idle: '30s' }])
  })

  it.runIf(onPostgres)(
    'cancel a statement that runs past 15 seconds (SQLSTATE 57014)',
    async () => {
      const outcome = await attempt(() =>
        db.app.withTenant(catalogContext, (tx) => tx.execute(sql`select pg_sleep(16)`)),
      )
      expect(outcome).toMatchObject({ ok: false, code: '57014' })
      // The connection is usable again right away: the cancel ended the statement, not the session.
      await expect(db.app.withTenant(catalogContext, (tx) => tx.execute(sql`select 1`))).resolves.toBeDefined()
    },
    40_000,
  )

  it.runIf(onPostgres)(
    'give up a lock wait after 5 seconds (SQLSTATE 55P03) instead of queueing behind a stuck transaction',
    async () => {
      const key = 41_041
      const locked = signal()
      const released = signal()
      const holder = db.app.withTenant(catalogContext, async (tx) => {
        await tx.execute(sql`select pg_advisory_xact_lock(${key})`)
        locked.fire()
        await released.fired
      })
      await locked.fired
      const waiter = await attempt(() =>
        db.app.withTenant(catalogContext, (tx) => tx.execute(sql`select pg_advisory_xact_lock(${key})`)),
      )
      released.fire()
      await holder
      expect(waiter).toMatchObject({ ok: false, code: '55P03' })
    },
    40_000,
  )
})
