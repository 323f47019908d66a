/** Fixtures of the billing API tests: a caller with a payments port, a business connected on the Stripe simulator. */
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import type { PaymentsPort } from '@portail/billing'
import {
  createMemorySimulatorStore,
  createSimulatedPayments,
  createStripeSimulator,
  type StripeSimulator,
} from '@portail/billing/simulator'
import type { Database } from '@portail/db'
import type { AdminConnection } from '@portail/db/admin'
import { bookings, type BookingSnapshot, tenantPaymentSettings } from '@portail/db/schema'
import type { TwoTenantFixture } from '@portail/db/testing'
import { createContext } from '../src/context'
import { createCaller } from '../src/root'
import { type CallAs, requestHeaders, rootDomain } from './support/callers'

/** The real Stripe adapter on the in-process simulator; webhooks are dropped (these tests start payments, never settle them). */
export function simulatedPayments(now: () => number = Date.now): { port: PaymentsPort; simulator: StripeSimulator } {
  const secrets = { webhookSecret: 'whsec_api_test_platform', connectWebhookSecret: 'whsec_api_test_connect' }
  const simulator = createStripeSimulator({
    store: createMemorySimulatorStore(),
    clock: () => new Date(now()),
    deliver: () => Promise.resolve(),
    ...secrets,
  })
  return { port: createSimulatedPayments({ simulator, ...secrets }), simulator }
}

/** As callerFor, with the payments port the web app would pass (none: payments are off). */
export async function billingCallerFor(database: Database, as: CallAs, payments?: PaymentsPort) {
  const ctx = await createContext({
    database,
    identity: createHeaderTestIdentity(),
    rootDomain,
    headers: requestHeaders(as),
    ...(payments ? { payments: () => payments } : {}),
  })
  return createCaller(ctx)
}

/** Connects `tenant` on the simulator (account created, onboarding completed) and records it as ready to charge. */
export async function connectOnSimulator(
  admin: AdminConnection,
  payments: { port: PaymentsPort; simulator: StripeSimulator },
  tenant: TwoTenantFixture['a'],
): Promise<string> {
  const { accountId } = await payments.port.createConnectedAccount(
    { tenantId: tenant.id, businessName: tenant.slug, email: null },
    `account:${tenant.id}`,
  )
  await payments.simulator.completeOnboarding(accountId)
  await admin.db.insert(tenantPaymentSettings).values({
    tenantId: tenant.id,
    stripeAccountId: accountId,
    chargesEnabled: true,
    payoutsEnabled: true,
    detailsSubmitted: true,
    cardPayments: 'active',
    taxProvince: 'QC',
    gstHstNumber: '123456789RT0001',
    qstNumber: '1234567890TQ0001',
  })
  return accountId
}

const depositSnapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'deposit',
  depositCents: 5000,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}

let heldSerial = 0
/** A booking of `clientId` held for its deposit (pending_payment) until an hour from now. */
export async function heldBooking(
  admin: AdminConnection,
  tenant: TwoTenantFixture['a'],
  clientId: string,
): Promise<string> {
  heldSerial += 1
  const start = Date.now() + (30 + heldSerial) * 86_400_000
  const [row] = await admin.db
    .insert(bookings)
    .values({
      tenantId: tenant.id,
      clientId,
      membershipId: tenant.staffMembershipId,
      serviceId: tenant.serviceId,
      startsAt: new Date(start),
      endsAt: new Date(start + 3_600_000),
      blockedFrom: new Date(start),
      blockedUntil: new Date(start + 3_600_000),
      status: 'pending_payment',
      priceCents: 12000,
      snapshot: depositSnapshot,
      locale: 'fr',
      idempotencyKey: `api-billing-held-${heldSerial}-${clientId}`,
      holdExpiresAt: new Date(Date.now() + 3_600_000),
    })
    .returning({ id: bookings.id })
  if (!row) throw new Error('held booking not inserted')
  return row.id
}

/** A line of `unitCents` before tax. */
export const line = (unitCents: number) => ({
  descriptionFr: 'Ouverture de piscine',
  descriptionEn: 'Pool opening',
  quantity: 1,
  unitCents,
})
