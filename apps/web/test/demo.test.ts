import { mkdtempSync, rmSync, statSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { demoEnvironment } from '../../../scripts/demo-env.mjs'
import { mailLines, unseenMail } from '../../../scripts/demo-mail.mjs'
import { httpRequest } from './support/http-request'
import { serverProcessEnv } from './support/env'
import { assertBuilt, freePort, type RunningServer, startServer } from './support/next-server'

/*
 * `pnpm demo` serves the production build with demoEnvironment(): the server must accept it (a
 * production build refuses the dev sign-in unless told), migrate and seed its own embedded
 * database on first start as `pnpm dev` does, and let a demo account sign in with the code it prints
 * from the mail folder (a production build has no mailbox page).
 */
const dataDir = mkdtempSync(join(tmpdir(), 'portail-demo-test-'))
let server: RunningServer
let env: Record<string, string>

beforeAll(async () => {
  assertBuilt()
  // The runner's environment is the base, as `pnpm demo` uses the shell's.
  env = demoEnvironment({ dataDir, port: await freePort(), base: serverProcessEnv({}) })
  // startServer picks its own port and root domain; the rest is the demo's.
  const { ROOT_DOMAIN: _rootDomain, ...config } = env
  server = await startServer(config)
}, 120_000)

afterAll(async () => {
  await server.stop()
  rmSync(dataDir, { recursive: true, force: true })
})

describe('pnpm demo', () => {
  it('runs on embedded defaults, with secrets of its own kept private, never the ones in the repository', () => {
    expect(env.NODE_ENV).toBe('production')
    expect(env.PGLITE_DATA_DIR).toBe(join(dataDir, 'pglite'))
    expect(env.MAIL_FILES_DIR).toBe(join(dataDir, 'mail'))
    expect(env.DEV_AUTH_SECRET?.length).toBeGreaterThanOrEqual(32)
    expect(statSync(join(dataDir, 'dev-auth-secret')).mode & 0o077).toBe(0)
    // The same secrets on the next start: sessions survive a restart.
    const again = demoEnvironment({ dataDir, port: 3000, base: {} })
    expect(again.DEV_AUTH_SECRET).toBe(env.DEV_AUTH_SECRET)
    expect(again.FILES_ENCRYPTION_KEY).toBe(env.FILES_ENCRYPTION_KEY)
    // Pointed at a Postgres server or Clerk by the shell, the demo still runs on its own database.
    const isolated = demoEnvironment({
      dataDir,
      port: 3000,
      base: { DATABASE_URL: 'postgres://elsewhere/db', CLERK_SECRET_KEY: 'sk_live_x', PLATFORM_OPERATORS: '' },
    })
    expect(isolated.DATABASE_URL).toBeUndefined()
    expect(isolated.CLERK_SECRET_KEY).toBeUndefined()
    expect(isolated.PLATFORM_OPERATORS).toBe('operator@portail.local')
  })

  it('serves the seeded portals, and the owner signs in with the code the demo prints', async () => {
    const host = `piscines-laurentides.${server.rootDomain}`
    const home = await httpRequest(server.port, { host, path: '/fr' })
    expect(home.status).toBe(200)
    expect(home.body).toContain('Piscines Laurentides')

    const email = 'sophie@piscines-laurentides.example'
    const asked = await httpRequest(server.port, {
      host,
      path: '/api/auth/dev/request-code',
      method: 'POST',
      body: JSON.stringify({ email, locale: 'fr' }),
      headers: { origin: `http://${host}` },
    })
    expect(asked.status).toBe(202)
    // What `pnpm demo` prints from its mail folder (the relay hands mail over every 5 s).
    const seen = new Set<string>()
    const deadline = Date.now() + 20_000
    let printed: string[] = []
    while (printed.length === 0 && Date.now() < deadline) {
      printed = (await unseenMail(env.MAIL_FILES_DIR ?? '', seen)).flatMap((mail) => mailLines(mail))
      if (printed.length === 0) await new Promise((resolve) => setTimeout(resolve, 250))
    }
    const code = new RegExp(`^mail to ${email.replace(/\./g, '\\.')}: (\\d{6})`).exec(printed[0] ?? '')?.[1]
    expect(code, `the sign-in code in ${printed.join(' / ')}`).toMatch(/^\d{6}$/)
    const verified = await httpRequest(server.port, {
      host,
      path: '/api/auth/dev/verify-code',
      method: 'POST',
      body: JSON.stringify({ email, code }),
      headers: { origin: `http://${host}` },
    })
    expect(verified.status).toBe(200)
    const setCookie = verified.headers['set-cookie']
    const cookie = (Array.isArray(setCookie) ? setCookie : [setCookie ?? ''])
      .map((line) => line.split(';')[0])
      .join('; ')
    const admin = await httpRequest(server.port, { host, path: '/fr/admin/team', headers: { cookie } })
    expect(admin.status).toBe(200)
    expect(admin.body).toContain('Sophie Lavoie')
  })
})
