import 'server-only'
import { randomBytes } from 'node:crypto'
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import type { PaymentsPort } from '@portail/billing'
import {
  createFileSimulatorStore,
  createMemorySimulatorStore,
  createSimulatedPayments,
  createStripeSimulator,
  defaultHostedUrls,
  type StripeSimulator,
} from '@portail/billing/simulator'
import { createStripePayments } from '@portail/billing/stripe'
import { deploymentScheme } from '@portail/auth'
import { loggerFor } from '@portail/logger'
import { type PaymentsEnv, webEnv } from '~/env'
import { createSimulatorDelivery } from './simulator-delivery'

const log = loggerFor('payments')

/** Payments are off: a production build without Stripe keys (see PaymentsEnv). */
export class PaymentsUnavailableError extends Error {
  override readonly name = 'PaymentsUnavailableError'
}

interface Payments {
  port: PaymentsPort | null
  simulator: StripeSimulator | null
}

// One per process, shared through globalThis as the database is: the proxy and route handlers
// are separate bundles, and two simulators on one folder would interleave their writes.
const slot = Symbol.for('portail.web.payments')
type Holder = typeof globalThis & { [slot]?: Payments }

interface SimulatorSecrets {
  webhookSecret: string
  connectWebhookSecret: string
}

const newSecret = () => `whsec_${randomBytes(24).toString('hex')}`

/** The simulator's signing secrets: made once per data folder and kept there, so a restart verifies old deliveries too. */
function simulatorSecrets(dataDir: string): SimulatorSecrets {
  if (dataDir === 'memory://') return { webhookSecret: newSecret(), connectWebhookSecret: newSecret() }
  const file = join(dataDir, 'webhook-secrets.json')
  try {
    const parsed = JSON.parse(readFileSync(file, 'utf8')) as Partial<SimulatorSecrets>
    if (typeof parsed.webhookSecret === 'string' && typeof parsed.connectWebhookSecret === 'string') {
      return { webhookSecret: parsed.webhookSecret, connectWebhookSecret: parsed.connectWebhookSecret }
    }
  } catch (error) {
    if (!(error instanceof Error && 'code' in error && error.code === 'ENOENT')) throw error
  }
  const secrets = { webhookSecret: newSecret(), connectWebhookSecret: newSecret() }
  mkdirSync(dataDir, { recursive: true })
  writeFileSync(file, JSON.stringify(secrets), { mode: 0o600 })
  return secrets
}

function build(env: PaymentsEnv, rootDomain: string): Payments {
  if (env.mode === 'off') return { port: null, simulator: null }
  if (env.mode === 'stripe') {
    return {
      port: createStripePayments({
        mode: 'stripe',
        secretKey: env.secretKey,
        webhookSecret: env.webhookSecret,
        connectWebhookSecret: env.connectWebhookSecret,
      }),
      simulator: null,
    }
  }
  const secrets = simulatorSecrets(env.dataDir)
  const simulator = createStripeSimulator({
    store:
      env.dataDir === 'memory://' ? createMemorySimulatorStore() : createFileSimulatorStore(join(env.dataDir, 'store')),
    clock: () => new Date(),
    webhookSecret: secrets.webhookSecret,
    connectWebhookSecret: secrets.connectWebhookSecret,
    // Checkout is another site, as Stripe's is: the hosted pages live on the platform host.
    hostedUrls: defaultHostedUrls(`${deploymentScheme(rootDomain)}://${rootDomain}`),
    deliver: createSimulatorDelivery({
      origin: env.webhookOrigin,
      onGiveUp: ({ endpoint, status, error }) =>
        log.error(
          { endpoint, status, err: error },
          'simulated Stripe: a webhook could not be delivered; the daily reconciliation repairs it',
        ),
    }),
    onDeliveryError: (error, eventId) => log.error({ err: error, eventId }, 'simulated Stripe: delivery failed'),
  })
  return { port: createSimulatedPayments({ simulator, ...secrets }), simulator }
}

function payments(): Payments {
  const holder = globalThis as Holder
  const env = webEnv()
  holder[slot] ??= build(env.payments, env.rootDomain)
  return holder[slot]
}

/** The payments port of this process: Stripe, or the same adapter over the simulator. */
export function getPayments(): PaymentsPort {
  const { port } = payments()
  if (!port) {
    throw new PaymentsUnavailableError(
      'Online payments are off: set STRIPE_SECRET_KEY, STRIPE_WEBHOOK_SECRET and STRIPE_CONNECT_WEBHOOK_SECRET, ' +
        'or PORTAIL_ALLOW_SIMULATED_PAYMENTS_IN_PRODUCTION=1 for a demo or test run',
    )
  }
  return port
}

/** The in-process Stripe when payments are simulated (its hosted pages exist only then), else null. */
export function getStripeSimulator(): StripeSimulator | null {
  return payments().simulator
}

/** Says at start-up which processor runs (never a secret). */
export function logPaymentsMode(env: PaymentsEnv = webEnv().payments): void {
  if (env.mode === 'stripe') {
    log.info({ mode: 'stripe', live: env.secretKey.includes('_live_') }, 'payments: Stripe')
  } else if (env.mode === 'simulated') {
    log.info(
      { mode: 'simulated', dataDir: env.dataDir, webhookOrigin: env.webhookOrigin },
      'payments: simulated Stripe (no real card is charged); set the STRIPE_* keys to take real payments',
    )
  } else {
    log.warn({ mode: 'off' }, 'payments: off (production build without STRIPE_* keys); online payments are refused')
  }
}

/**
 * The simulator's clock for the expire-simulated-checkouts cron function: Stripe expires Checkout
 * sessions on its own; null when real Stripe (or no processor) runs.
 */
export function simulatedCheckoutExpiry(): (() => Promise<number>) | null {
  if (webEnv().payments.mode !== 'simulated') return null
  return () => {
    const simulator = getStripeSimulator()
    return simulator ? simulator.expireDue(new Date()) : Promise.resolve(0)
  }
}
