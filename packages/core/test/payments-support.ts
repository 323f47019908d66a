/** Fixtures shared by the payments tests: two Quebec businesses connected to Stripe, a held booking, events. */
import type { PaymentEvent, PaymentEventBody } from '@portail/billing'
import type { BookingSnapshot } from '@portail/db/schema'
import {
  auditLog,
  bookings,
  checkoutSessions,
  clients,
  eventOutbox,
  invoices,
  payments,
  refunds,
  tenantPaymentSettings,
} from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import type { AdminConnection } from '../../db/src/admin/admin-connection'
import type { ClientActor, StaffActor } from '../src/actors/actor-kinds'
import { DomainError } from '../src/errors'
import { handleStripeWebhook } from '../src/payments'
import type { FakePayments } from './support/fake-payments'
import { signFakeWebhook } from './support/fake-payments'

export const accountOf = { a: 'acct_alpha_connected', b: 'acct_bravo_connected' } as const
const minute = 60_000

/** Both businesses in Quebec, registered for GST and QST, connected and able to charge; clients in Quebec. */
export async function connectBusinesses(admin: AdminConnection, fixture: TwoTenantFixture): Promise<void> {
  for (const [tenant, account] of [
    [fixture.a, accountOf.a],
    [fixture.b, accountOf.b],
  ] as const)
    await admin.db.insert(tenantPaymentSettings).values({
      tenantId: tenant.id,
      stripeAccountId: account,
      chargesEnabled: true,
      payoutsEnabled: true,
      detailsSubmitted: true,
      cardPayments: 'active',
      taxProvince: 'QC',
      gstHstNumber: '123456789RT0001',
      qstNumber: '1234567890TQ0001',
      platformFeeBps: 200,
      platformFeeFixedCents: 30,
    })
  await admin.db.update(clients).set({
    serviceAddress: {
      line1: '12 rue des Érables',
      city: 'Laval',
      province: 'QC',
      postalCode: 'H7N 1A1',
      country: 'CA',
    },
  })
}

export const clientOf = (tenant: TwoTenantFixture['a']): ClientActor => ({
  tenantId: tenant.id,
  userId: tenant.clientUserId,
  clientId: tenant.clientId,
})
export const otherClientOf = (tenant: TwoTenantFixture['a']): ClientActor => ({
  tenantId: tenant.id,
  userId: tenant.otherClientUserId,
  clientId: tenant.otherClientId,
})
export const ownerOf = (tenant: TwoTenantFixture['a']): StaffActor => ({
  tenantId: tenant.id,
  userId: tenant.ownerUserId,
  role: 'owner',
})

/** A $120 visit taking a $50 deposit: $50 + GST 2.50 + QST 4.99 = $57.49 at booking. */
export const depositSnapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'deposit',
  depositCents: 5000,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}
export const depositTotalCents = 5749

let slots = 0
/** A start a day apart from every other test's, in the future. */
export const nextSlot = () => {
  slots += 1
  return Date.UTC(2027, 2, 1, 15) + slots * 86_400_000
}

/** A booking held for payment (pending_payment), its hold running until `holdUntil`. */
export async function heldBooking(
  db: TestDatabase<TwoTenantFixture>,
  tenant: TwoTenantFixture['a'],
  options: { holdUntil: number; start?: number; clientId?: string; status?: 'pending_payment' | 'confirmed' },
): Promise<string> {
  const start = options.start ?? nextSlot()
  return db.app.withTenant({ actor: 'staff', tenantId: tenant.id, userId: tenant.ownerUserId }, async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values({
        tenantId: tenant.id,
        clientId: options.clientId ?? tenant.clientId,
        membershipId: tenant.staffMembershipId,
        serviceId: tenant.serviceId,
        startsAt: new Date(start),
        endsAt: new Date(start + 60 * minute),
        blockedFrom: new Date(start),
        blockedUntil: new Date(start + 60 * minute),
        status: options.status ?? 'pending_payment',
        priceCents: 12000,
        snapshot: depositSnapshot,
        locale: 'fr',
        idempotencyKey: `payments-fixture-${start}-${options.clientId ?? tenant.clientId}`,
        holdExpiresAt: options.status === 'confirmed' ? null : new Date(options.holdUntil),
      })
      .returning({ id: bookings.id })
    if (!row) throw new Error('booking not inserted')
    return row.id
  })
}

let eventSerial = 0
/** A Stripe event of `account` as the adapter maps it. */
export const stripeEvent = (
  account: string | null,
  created: number,
  body: PaymentEventBody,
  type = body.kind,
): PaymentEvent => {
  eventSerial += 1
  return { id: `evt_test_${eventSerial}`, account, created: Math.floor(created / 1000), type, ...body }
}

/** What Stripe sends when a Checkout session of ours was paid: the two events, for one intent. */
export function paidEvents(
  account: string,
  created: number,
  checkout: { checkoutId: string; sessionId: string; tenantId: string; bookingId: string; clientId: string },
  amountCents = depositTotalCents,
) {
  const paymentIntentId = `pi_for_${checkout.sessionId}`
  const metadata = {
    tenantId: checkout.tenantId,
    checkoutId: checkout.checkoutId,
    bookingId: checkout.bookingId,
    clientId: checkout.clientId,
  }
  return {
    paymentIntentId,
    completed: stripeEvent(account, created, {
      kind: 'checkout.completed',
      sessionId: checkout.sessionId,
      mode: 'payment',
      paymentStatus: 'paid',
      paymentIntentId,
      setupIntentId: null,
      customerId: null,
      amountTotalCents: amountCents,
      currency: 'cad',
      clientReferenceId: checkout.checkoutId,
      metadata,
    }),
    succeeded: stripeEvent(account, created, {
      kind: 'payment.succeeded',
      paymentIntentId,
      amountCents,
      currency: 'cad',
      applicationFeeCents: 145,
      customerId: null,
      paymentMethodId: 'pm_card_visa',
      card: { brand: 'visa', last4: '4242' },
      metadata,
    }),
  }
}

/** Delivers an event through the webhook handler, signed like the fake adapter checks. */
export const deliver = (
  db: TestDatabase<TwoTenantFixture>,
  fake: FakePayments,
  event: PaymentEvent,
  now = Date.now(),
) => {
  const rawBody = JSON.stringify(event)
  return handleStripeWebhook(db.app, fake, { rawBody, signature: signFakeWebhook(rawBody), endpoint: 'connect' }, now)
}

const asSystem = <T>(
  db: TestDatabase<TwoTenantFixture>,
  tenantId: string,
  fn: Parameters<typeof db.app.withTenant<T>>[1],
) => db.app.withTenant({ actor: 'system', tenantId }, fn)

/** What a test checks after the fact, read as the business's system actor. */
export const readBack = (db: TestDatabase<TwoTenantFixture>, tenantId: string) => ({
  booking: (id: string) =>
    asSystem(
      db,
      tenantId,
      async (tx) =>
        (
          await tx
            .select()
            .from(bookings)
            .where(and(eq(bookings.tenantId, tenantId), eq(bookings.id, id)))
        )[0],
    ),
  paymentsOf: (bookingId: string) =>
    asSystem(db, tenantId, (tx) =>
      tx
        .select()
        .from(payments)
        .where(and(eq(payments.tenantId, tenantId), eq(payments.bookingId, bookingId))),
    ),
  invoicesOf: (bookingId: string) =>
    asSystem(db, tenantId, (tx) =>
      tx
        .select()
        .from(invoices)
        .where(and(eq(invoices.tenantId, tenantId), eq(invoices.bookingId, bookingId))),
    ),
  checkoutsOf: (bookingId: string) =>
    asSystem(db, tenantId, (tx) =>
      tx
        .select()
        .from(checkoutSessions)
        .where(and(eq(checkoutSessions.tenantId, tenantId), eq(checkoutSessions.bookingId, bookingId))),
    ),
  refundsOf: (paymentId: string) =>
    asSystem(db, tenantId, (tx) =>
      tx
        .select()
        .from(refunds)
        .where(and(eq(refunds.tenantId, tenantId), eq(refunds.paymentId, paymentId))),
    ),
  settings: () =>
    asSystem(
      db,
      tenantId,
      async (tx) =>
        (await tx.select().from(tenantPaymentSettings).where(eq(tenantPaymentSettings.tenantId, tenantId)))[0],
    ),
  /** Outbox events naming `id` anywhere in their payload, by name. */
  eventsAbout: (id: string) =>
    asSystem(db, tenantId, async (tx) => {
      const rows = await tx
        .select({ name: eventOutbox.name, payload: eventOutbox.payload })
        .from(eventOutbox)
        .where(eq(eventOutbox.tenantId, tenantId))
      return rows.filter((row) => Object.values(row.payload).includes(id)).map((row) => row.name)
    }),
  audit: (action: string) =>
    asSystem(db, tenantId, (tx) =>
      tx
        .select()
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, tenantId), eq(auditLog.action, action))),
    ),
})

/** The DomainError a promise rejects with (fails the test when it resolves or throws anything else). */
export async function refusal(run: Promise<unknown>): Promise<DomainError> {
  const error = await run.then(
    () => new Error('expected a refusal'),
    (reason: unknown) => reason,
  )
  if (!(error instanceof DomainError)) throw error
  return error
}

/** A test database of two businesses, both connected to Stripe (accountOf), for a payments test file. */
export const connectedTestDatabase = (): Promise<TestDatabase<TwoTenantFixture>> =>
  createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    await connectBusinesses(admin, fixture)
    return fixture
  })
