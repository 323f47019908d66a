/** Fixtures shared by the invoice tests: a Quebec business registered for GST and QST, bookings, payments. */
import type { BookingSnapshot, ServiceAddress } from '@portail/db/schema'
import { bookings, clients, payments, tenantPaymentSettings } from '@portail/db/schema'
import type { TestDatabase, TwoTenantFixture } from '@portail/db/testing'
import type { AdminConnection } from '@portail/db/admin'
import type { StaffActor } from '../src/actors/actor-kinds'
import { DomainError } from '../src/errors'

export const quebec: ServiceAddress = {
  line1: '12 rue des Érables',
  city: 'Laval',
  province: 'QC',
  postalCode: 'H7N 1A1',
  country: 'CA',
}
export const ontario: ServiceAddress = {
  line1: '40 Lakeshore Rd',
  city: 'Ottawa',
  province: 'ON',
  postalCode: 'K1A 0B1',
  country: 'CA',
}

/** Both businesses in Quebec, registered for GST and QST; every client lives in Quebec. */
export async function registerBusinesses(admin: AdminConnection, fixture: TwoTenantFixture): Promise<void> {
  for (const tenant of [fixture.a, fixture.b])
    await admin.db.insert(tenantPaymentSettings).values({
      tenantId: tenant.id,
      taxProvince: 'QC',
      gstHstNumber: '123456789RT0001',
      qstNumber: '1234567890TQ0001',
      invoiceTermsDays: 30,
    })
  await admin.db.update(clients).set({ serviceAddress: quebec })
}

export const ownerOf = (tenant: TwoTenantFixture['a']): StaffActor => ({
  tenantId: tenant.id,
  userId: tenant.ownerUserId,
  role: 'owner',
})

export const line = (unitCents: number, quantity = 1) => ({
  descriptionFr: 'Ouverture de piscine',
  descriptionEn: 'Pool opening',
  quantity,
  unitCents,
  taxable: true,
  pstApplies: false,
})

export const snapshotOf = (
  priceCents: number,
  payment: { rule: BookingSnapshot['paymentRule']; depositCents: number | null } = { rule: 'none', depositCents: null },
): BookingSnapshot => ({
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents, currency: 'CAD' },
  options: [],
  totalCents: priceCents,
  paymentRule: payment.rule,
  depositCents: payment.depositCents,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
})

let bookingKeys = 0
/** A booking of `tenant`'s client, a day apart from every other one, inserted as staff. */
export async function insertBooking(
  db: TestDatabase<TwoTenantFixture>,
  tenant: TwoTenantFixture['a'],
  patch: Partial<typeof bookings.$inferInsert> = {},
): Promise<string> {
  bookingKeys += 1
  const start = Date.UTC(2027, 0, 1, 15) + bookingKeys * 86_400_000
  return db.app.withTenant({ actor: 'staff', tenantId: tenant.id, userId: tenant.ownerUserId }, async (tx) => {
    const [row] = await tx
      .insert(bookings)
      .values({
        tenantId: tenant.id,
        clientId: tenant.clientId,
        membershipId: tenant.staffMembershipId,
        serviceId: tenant.serviceId,
        startsAt: new Date(start),
        endsAt: new Date(start + 3_600_000),
        blockedFrom: new Date(start),
        blockedUntil: new Date(start + 3_600_000),
        status: 'confirmed',
        priceCents: 12000,
        snapshot: snapshotOf(12000),
        locale: 'fr',
        idempotencyKey: `invoice-fixture-${bookingKeys}-key`,
        ...patch,
      })
      .returning({ id: bookings.id })
    if (!row) throw new Error('booking not inserted')
    return row.id
  })
}

/** A card payment Stripe confirmed for a booking (what core-payments records from the webhook). */
export async function succeededPayment(
  db: TestDatabase<TwoTenantFixture>,
  tenant: TwoTenantFixture['a'],
  values: { bookingId: string; purpose: 'deposit' | 'full'; amountCents: number; receivedAt: Date },
): Promise<string> {
  return db.app.withTenant({ actor: 'system', tenantId: tenant.id }, async (tx) => {
    const [row] = await tx
      .insert(payments)
      .values({
        tenantId: tenant.id,
        clientId: tenant.clientId,
        bookingId: values.bookingId,
        purpose: values.purpose,
        method: 'card',
        status: 'succeeded',
        amountCents: values.amountCents,
        receivedAt: values.receivedAt,
        cardBrand: 'visa',
        cardLast4: '4242',
      })
      .returning({ id: payments.id })
    if (!row) throw new Error('payment not inserted')
    return row.id
  })
}

/** The refusal a promise ends with: its code and message key (fails the test if it resolves). */
export async function refusal(run: Promise<unknown>): Promise<{ code: string; key: string }> {
  const error = await run.then(
    () => undefined,
    (thrown: unknown) => thrown,
  )
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`)
  return { code: error.code, key: error.messageKey }
}
