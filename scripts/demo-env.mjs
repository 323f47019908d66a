// The environment `pnpm demo` starts the production build with: embedded defaults (PGlite, the
// local mailbox), the dev sign-in, and the seeded operator. A production build refuses the dev
// sign-in unless told this is not a real deployment (PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION=1) and
// given its own secrets: this file says so for a demo on this machine only, and `pnpm start`
// keeps every production default.
import { createECDH, randomBytes } from 'node:crypto'
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'

// Anything that would point the demo elsewhere than its own embedded database and mailbox.
const elsewhere =
  /^(DATABASE_|PGLITE_DATA_DIR$|REDIS_URL$|RESEND_|MAIL_FROM$|MAIL_FILES_DIR$|CLERK_|NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY$|S3_|FILES_|PORTAIL_TEST_IDENTITY|PORTAIL_ALLOW_TEST_IDENTITY)/

/** A random secret kept in `file` (created on first use, readable by its owner only). */
function keptSecret(file, make) {
  if (existsSync(file)) return readFileSync(file, 'utf8').trim()
  const secret = make()
  writeFileSync(file, `${secret}\n`, { mode: 0o600 })
  return secret
}

/**
 * The demo's VAPID pair for web push (a production build turns push off without one): the private
 * key kept like the other secrets, the public key derived from it.
 */
const vapidEnvironment = ({ publicKey, privateKey }) => ({
  VAPID_PUBLIC_KEY: publicKey,
  VAPID_PRIVATE_KEY: privateKey,
  VAPID_SUBJECT: 'mailto:demo@portail.local',
})

function keptVapidKeys(file) {
  const privateKey = keptSecret(file, () => {
    const ecdh = createECDH('prime256v1')
    ecdh.generateKeys()
    // 32 bytes always: the key is a number, and one in ~250 starts with a zero byte Node leaves out.
    const key = ecdh.getPrivateKey()
    return Buffer.concat([Buffer.alloc(32 - key.length), key]).toString('base64url')
  })
  const ecdh = createECDH('prime256v1')
  ecdh.setPrivateKey(Buffer.from(privateKey, 'base64url'))
  return { privateKey, publicKey: ecdh.getPublicKey('base64url') }
}

/**
 * `dataDir` holds the demo's database (`pglite/`), its files (`files/`, beside it), its mail
 * (`mail/`) and the two
 * secrets it generated on its first start, so sessions and stored logos survive a restart.
 * `port` is where `next start` listens. Returns the whole environment for the server process.
 */
export function demoEnvironment({ dataDir, port, base = process.env }) {
  mkdirSync(dataDir, { recursive: true, mode: 0o700 })
  const inherited = Object.fromEntries(
    Object.entries(base).filter(([name, value]) => value !== undefined && !elsewhere.test(name)),
  )
  return {
    ...inherited,
    NODE_ENV: 'production',
    NEXT_TELEMETRY_DISABLED: '1',
    PGLITE_DATA_DIR: join(dataDir, 'pglite'),
    // A production build has no mailbox page: each mail is also a file there, which `pnpm demo`
    // prints (demo-mail.mjs), codes and links included, for this machine's user only.
    MAIL_FILES_DIR: join(dataDir, 'mail'),
    ROOT_DOMAIN: base.ROOT_DOMAIN || `localhost:${port}`,
    PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1',
    // Payments on the Stripe simulator, its objects and secrets in .data/demo/stripe-simulator.
    PORTAIL_ALLOW_SIMULATED_PAYMENTS_IN_PRODUCTION: '1',
    PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN: `http://127.0.0.1:${port}`,
    DEV_AUTH_SECRET: keptSecret(join(dataDir, 'dev-auth-secret'), () => randomBytes(32).toString('base64url')),
    FILES_ENCRYPTION_KEY: keptSecret(join(dataDir, 'files-key'), () => randomBytes(32).toString('base64')),
    PLATFORM_OPERATORS: base.PLATFORM_OPERATORS || 'operator@portail.local',
    ...vapidEnvironment(keptVapidKeys(join(dataDir, 'vapid-private-key'))),
  }
}
