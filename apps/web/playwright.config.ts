import { mkdtempSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { defineConfig } from '@playwright/test'
import { freePortSync } from './e2e/support/free-port'

// One fresh embedded database per run, seeded with the demo businesses by the server itself on
// its first start, beside the mail the server sends (as files) and the demo accounts' stored
// sessions. The config is evaluated again in each worker: they inherit the folder chosen here
// through the environment. e2e/global-teardown.ts removes it.
process.env.PORTAIL_E2E_DATA_DIR ??= mkdtempSync(join(tmpdir(), 'portail-e2e-'))
const dataDir = process.env.PORTAIL_E2E_DATA_DIR
// A free port unless one is given, handed to the workers (e2e/support/env.ts) the same way.
process.env.PORTAIL_E2E_PORT ??= String(freePortSync())
const e2ePort = process.env.PORTAIL_E2E_PORT
const rootUrl = `http://localhost:${e2ePort}`

// The server gets the runner's environment minus anything that would point it elsewhere (a
// Postgres URL from a CI step, the header test identity).
const inherited = Object.fromEntries(
  Object.entries(process.env).filter(
    (entry): entry is [string, string] =>
      entry[1] !== undefined &&
      !/^(DATABASE_|PGLITE_DATA_DIR$|ROOT_DOMAIN$|PORTAIL_TEST_IDENTITY|PORTAIL_ALLOW_TEST_IDENTITY|NODE_ENV$|PORT$|REDIS_URL$|RESEND_|MAIL_)/.test(
        entry[0],
      ),
  ),
)

export default defineConfig({
  testDir: './e2e',
  outputDir: './test-results',
  globalTeardown: './e2e/global-teardown.ts',
  // One server, one embedded database: files run one after another, like the rest of the suite.
  workers: 1,
  fullyParallel: false,
  forbidOnly: Boolean(process.env.CI),
  retries: 0,
  timeout: 60_000,
  expect: { timeout: 10_000 },
  reporter: [['list'], ['html', { open: 'never', outputFolder: './playwright-report' }]],
  use: {
    baseURL: rootUrl,
    // A French-Canadian browser, the platform's main audience; specs that need English say so.
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    screenshot: 'only-on-failure',
    trace: 'retain-on-failure',
    browserName: 'chromium',
    launchOptions: {
      // Debian's Chromium: Playwright never downloads a browser here.
      executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
      args: [
        '--no-sandbox',
        '--disable-gpu',
        '--disable-quic',
        '--no-first-run',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
      ],
    },
  },
  projects: [
    // Signs each demo account in once (e2e/support/sessions.ts); the specs start from its cookies.
    { name: 'sessions', testMatch: /\.setup\.ts$/ },
    { name: 'chromium', dependencies: ['sessions'] },
  ],
  webServer: {
    // The production build (`pnpm test:e2e` builds it first) on embedded defaults, bound to the
    // loopback address as behind a proxy on the same machine: host routing must not depend on it.
    command: `node node_modules/next/dist/bin/next start --hostname 127.0.0.1 --port ${e2ePort}`,
    url: `http://127.0.0.1:${e2ePort}/api/health`,
    reuseExistingServer: false,
    timeout: 180_000,
    stdout: 'pipe',
    stderr: 'pipe',
    env: {
      ...inherited,
      NODE_ENV: 'production',
      NEXT_TELEMETRY_DISABLED: '1',
      PGLITE_DATA_DIR: join(dataDir, 'pglite'),
      ROOT_DOMAIN: `localhost:${e2ePort}`,
      // The dev sign-in (emailed codes in the local mailbox) on a production build, for this run only.
      PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1',
      DEV_AUTH_SECRET: 'portail-e2e-dev-auth-secret-0123456789abcdef',
      // Payments on the Stripe simulator (no keys), its webhooks posted back to this server.
      PORTAIL_ALLOW_SIMULATED_PAYMENTS_IN_PRODUCTION: '1',
      PAYMENTS_SIMULATOR_WEBHOOK_ORIGIN: `http://127.0.0.1:${e2ePort}`,
      // A production build has no dev mailbox: the specs read codes and links from these files.
      MAIL_FILES_DIR: join(dataDir, 'mail'),
      // Files (logos) go beside the run's database, encrypted with a key of this run's own.
      FILES_ENCRYPTION_KEY: Buffer.alloc(32, 'e2e').toString('base64'),
      // Rate limits count per x-forwarded-for address, which each test sets (e2e/support/fixtures.ts).
      TRUST_PROXY: '1',
      // The seeded operator, for the platform console spec.
      PLATFORM_OPERATORS: 'operator@portail.local',
    },
  },
})
