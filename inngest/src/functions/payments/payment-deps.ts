import type { PaymentsPort } from '@portail/billing'
import type { Database } from '@portail/db'
import { portalOriginFor, readBookingLinksEnv } from '../booking/env'

/** What the payment workflows need from the process that runs them. */
export interface PaymentWorkflowDeps {
  database: Database
  /** `{proto}://{slug}.{ROOT_DOMAIN}`, no trailing slash: where a message links to. */
  portalOrigin: (slug: string) => string
  /**
   * The payments port (Stripe, or the same adapter over the simulator), asked for when the daily
   * reconciliation runs: a process with payments off throws there, and only that run fails.
   */
  payments: () => PaymentsPort
  /**
   * The embedded Stripe simulator's clock: expires its open Checkout sessions past their time and
   * sends checkout.session.expired, as Stripe does on its own. Null when real Stripe (or nothing) runs.
   */
  expireSimulatedCheckouts: (() => Promise<number>) | null
}

// One per process, like the database; on globalThis because Next.js may load this module twice.
const slot = Symbol.for('portail.inngest.payment-workflow-deps')
type Holder = typeof globalThis & { [slot]?: PaymentWorkflowDeps }

/** Hands the payment workflows their database and payments port (boot); null takes them back (tests). */
export function wirePaymentWorkflows(
  deps: (Pick<PaymentWorkflowDeps, 'database' | 'payments'> & Partial<PaymentWorkflowDeps>) | null,
): void {
  const holder = globalThis as Holder
  if (!deps) {
    delete holder[slot]
    return
  }
  holder[slot] = {
    database: deps.database,
    payments: deps.payments,
    portalOrigin: deps.portalOrigin ?? portalOriginFor(readBookingLinksEnv().rootDomain),
    expireSimulatedCheckouts: deps.expireSimulatedCheckouts ?? null,
  }
}

/** The wired dependencies; a run before wiring fails (and is retried) instead of sending from nowhere. */
export function paymentWorkflowDeps(): PaymentWorkflowDeps {
  const deps = (globalThis as Holder)[slot]
  if (!deps) throw new Error('The payment workflows are not wired to a database (wirePaymentWorkflows)')
  return deps
}
