/**
 * The isolation sweep: every procedure of the app router, called by people who must not reach
 * another tenant's or another client's data. A procedure added without a case here fails the suite.
 *
 * For each (procedure, scenario) the call must either fail with NOT_FOUND / FORBIDDEN /
 * UNAUTHORIZED, or succeed with a response that contains no identifier (id, email, name) of the
 * rows the caller must not see; and the victim's rows must be unchanged afterwards.
 */
import { hashInvitationToken } from '@portail/core/invitations'
import {
  bookings,
  notifications,
  paymentPlans,
  planSubscriptions,
  savedCards,
  scheduleOverrides,
  staffInvitations,
} from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { appRouter } from '../src/root'
import { type CallAs, callerFor, hostOf, logoBody, rootDomain } from './support/callers'
import { snapshotTenant, type TenantRows, withoutOwnRows } from './support/snapshot'

type Caller = Awaited<ReturnType<typeof callerFor>>

/** The record a scenario aims at: another tenant's client, or another client of the same tenant, and its tenant. */
interface Target {
  tenantId: string
  clientId: string
  email: string
  /** A team member of the target's tenant. */
  memberUserId: string
  /** A bookable service of the target's tenant, and the staff member (membership) who performs it. */
  serviceId: string
  staffId: string
}

type ProcedureCase = (caller: Caller, target: Target, probe: number) => Promise<unknown>

/** A pending team invitation of tenant A, to an address none of the callers has; its link token. */
const sweepToken = Buffer.from('isolation-sweep-invitation-token').toString('base64url')
let sweepInvitationId = ''
/** A closure of tenant A's staff member. */
let sweepOverrideId = ''

/** A confirmed booking of each client of tenant A, by client id: what the booking-change cases aim at. */
const sweepBookingIds = new Map<string, string>()
const bookingOf = (target: Target) => sweepBookingIds.get(target.clientId) ?? '00000000-0000-4000-8000-000000000000'
/** Ten days ahead at 15:00 UTC (inside hours in Toronto), for the booking-change cases. */
const sweepBookingStart = () => new Date(Math.floor(Date.now() / 86_400_000 + 10) * 86_400_000 + 15 * 3_600_000)

/**
 * A notification of each recipient of both tenants, by client id or user id, whose params name
 * that recipient (a secret to everyone else); then, after all of them, a sentinel per recipient.
 * A live feed read from the start ends at the reader's own sentinel: anything of another recipient
 * it would leak comes before it.
 */
const sweepNotificationIds = new Map<string, string>()
const notificationOf = (recipientId: string) =>
  sweepNotificationIds.get(recipientId) ?? '00000000-0000-4000-8000-000000000000'
const sentinelKind = 'sweep-sentinel'
const beforeEveryNotification = '00000000-0000-0000-0000-000000000000'

/** The feed's rows up to the reader's sentinel (a refused feed throws when opened). */
async function feedUntilSentinel(feed: AsyncIterable<unknown>): Promise<unknown[]> {
  const rows: unknown[] = []
  for await (const event of feed) {
    const row: unknown = Array.isArray(event) ? event[1] : event
    rows.push(row)
    if (typeof row === 'object' && row !== null && 'kind' in row && row.kind === sentinelKind) break
  }
  return rows
}

/** A push device endpoint per (area, recipient): the target's own, which no other caller may touch. */
const sweepPushEndpoint = (area: string, id: string) => `https://fcm.googleapis.com/fcm/send/sweep-${area}-${id}`
const sweepPushKeys = { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) }

/** A local date two days ahead in Toronto: inside every fixture tenant's booking window. */
const bookingDate = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(Date.now() + 2 * 24 * 60 * 60 * 1000)

/** Per client of tenant A: a draft and an issued invoice, a cash payment on it, a saved card, a plan subscription. */
interface SweepBilling {
  draftId: string
  issuedId: string
  paymentId: string
  cardId: string
  subscriptionId: string
}
const sweepBilling = new Map<string, SweepBilling>()
const missingId = '00000000-0000-4000-8000-000000000000'
const billingOf = (target: Target): SweepBilling =>
  sweepBilling.get(target.clientId) ?? {
    draftId: missingId,
    issuedId: missingId,
    paymentId: missingId,
    cardId: missingId,
    subscriptionId: missingId,
  }
/** An active plan of tenant A. */
let sweepPlanId = ''
const sweepLine = { descriptionFr: 'Balayage', descriptionEn: 'Sweep', quantity: 1, unitCents: 1000 }
/** Payment settings a hostile caller would save: only ever its own business's (tenant from context). */
const sweepPaymentSettings = {
  taxProvince: 'ON',
  gstHstNumber: '999999999 RT0001',
  qstNumber: null,
  pstNumber: null,
  invoiceTermsDays: 1,
  invoiceNotesFr: 'Détourné',
  invoiceNotesEn: 'Hijacked',
}
/**
 * The processor is off in the sweep: a call that legitimately reaches it (a business's own owner
 * starting onboarding) is an outage, not a refusal and not a leak.
 */
const unlessPaymentsOff = (call: Promise<unknown>) =>
  call.catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'SERVICE_UNAVAILABLE') return { paymentsOff: true }
    throw error
  })

const cases: Record<string, ProcedureCase> = {
  'staff.catalog.get': (caller) => caller.staff.catalog.get(),
  'staff.catalog.saveService': (caller, target) =>
    caller.staff.catalog.saveService({
      id: target.serviceId,
      nameFr: 'Détourné',
      nameEn: 'Hijacked',
      durationMinutes: 5,
      priceCents: 0,
    }),
  'staff.catalog.saveOption': (caller, target) =>
    caller.staff.catalog.saveOption({
      serviceId: target.serviceId,
      nameFr: 'Intrus',
      nameEn: 'Intruder',
      extraPriceCents: 1,
    }),
  'staff.catalog.setServiceStaff': (caller, target) =>
    caller.staff.catalog.setServiceStaff({ serviceId: target.serviceId, staffIds: [] }),
  'staff.catalog.setHours': (caller, target) => caller.staff.catalog.setHours({ staffId: target.staffId, hours: [] }),
  'staff.catalog.addOverride': (caller, target) =>
    caller.staff.catalog.addOverride({ staffId: target.staffId, date: '2031-01-01', kind: 'closed', reason: 'sweep' }),
  'staff.catalog.removeOverride': (caller) => caller.staff.catalog.removeOverride({ id: sweepOverrideId }),
  'staff.catalog.updateSettings': (caller) => caller.staff.catalog.updateSettings({ minNoticeMinutes: 5 }),
  // The calendar of the caller's own tenant only; a booking, client or member of another is never found.
  'staff.bookings.list': (caller, target) => {
    const from = new Date(Date.now() - 24 * 3_600_000).toISOString()
    const to = new Date(Date.now() + 30 * 24 * 3_600_000).toISOString()
    return Promise.all([
      caller.staff.bookings.list({ from, to, includeCancelled: true }),
      caller.staff.bookings.list({ from, to, staffId: target.staffId }),
    ])
  },
  'staff.bookings.get': (caller, target) => caller.staff.bookings.get({ id: bookingOf(target) }),
  'staff.bookings.members': (caller) => caller.staff.bookings.members(),
  'staff.bookings.create': (caller, target, probe) =>
    caller.staff.bookings.create({
      clientId: target.clientId,
      serviceId: target.serviceId,
      staffId: target.staffId,
      start: new Date(sweepBookingStart().getTime() + 5 * 3_600_000).toISOString(),
      idempotencyKey: `sweep-staff-key-${probe}`,
      ignoreRules: true,
      reason: 'sweep',
    }),
  'staff.bookings.createSeries': (caller, target, probe) =>
    caller.staff.bookings.createSeries({
      clientId: target.clientId,
      serviceId: target.serviceId,
      staffId: target.staffId,
      firstStart: new Date(sweepBookingStart().getTime() + 7 * 24 * 3_600_000).toISOString(),
      frequency: 'weekly',
      until: new Date(sweepBookingStart().getTime() + 30 * 24 * 3_600_000).toISOString().slice(0, 10),
      idempotencyKey: `sweep-series-key-${probe}`,
    }),
  // A feed of the signed-in member of the host's tenant only.
  'staff.calendarFeed.get': (caller) => caller.staff.calendarFeed.get(),
  'staff.calendarFeed.rotate': (caller) => caller.staff.calendarFeed.rotate(),
  'staff.calendarFeed.revoke': (caller) => caller.staff.calendarFeed.revoke().then(() => 'revoked'),
  'booking.availableDays': (caller, target) =>
    caller.booking.availableDays({ serviceId: target.serviceId, month: bookingDate().slice(0, 7) }),
  'booking.slots': (caller, target) => caller.booking.slots({ serviceId: target.serviceId, date: bookingDate() }),
  // The caller's own tenant's catalog: public names of its own team, nothing of the target's.
  'booking.catalog': (caller) => caller.booking.catalog(),
  // A client books for itself only (the client comes from the session, never the input).
  'booking.create': async (caller, target, probe) => {
    const [slot] = await caller.booking.slots({ serviceId: target.serviceId, date: bookingDate() })
    if (!slot) throw new Error('the fixture offers no slot to book')
    return caller.booking.create({
      serviceId: target.serviceId,
      start: slot.start,
      idempotencyKey: `sweep-key-${probe}`,
    })
  },
  // Changes to a booking of the target client (another client's, or another tenant's).
  'booking.mine': async (caller) => [
    await caller.booking.mine({ scope: 'upcoming' }),
    await caller.booking.mine({ scope: 'past' }),
  ],
  'booking.get': (caller, target) => caller.booking.get({ id: bookingOf(target) }),
  'booking.cancel': (caller, target) => caller.booking.cancel({ id: bookingOf(target), expectedFeeCents: 0 }),
  'booking.rescheduleDays': (caller, target) =>
    caller.booking.rescheduleDays({ id: bookingOf(target), month: bookingDate().slice(0, 7) }),
  'booking.rescheduleSlots': (caller, target) =>
    caller.booking.rescheduleSlots({ id: bookingOf(target), date: bookingDate() }),
  'booking.reschedule': (caller, target) =>
    caller.booking.reschedule({
      id: bookingOf(target),
      start: new Date(sweepBookingStart().getTime() + 3_600_000).toISOString(),
    }),
  'staff.bookings.cancel': (caller, target) => caller.staff.bookings.cancel({ id: bookingOf(target), reason: 'sweep' }),
  'staff.bookings.move': (caller, target) =>
    caller.staff.bookings.move({
      id: bookingOf(target),
      start: new Date(sweepBookingStart().getTime() + 3_600_000).toISOString(),
      reason: 'sweep',
      ignoreRules: true,
    }),
  'staff.bookings.complete': (caller, target) => caller.staff.bookings.complete({ id: bookingOf(target) }),
  'staff.bookings.noShow': (caller, target) => caller.staff.bookings.noShow({ id: bookingOf(target), reason: 'sweep' }),
  'tenant.current': (caller) => caller.tenant.current(),
  'client.me': (caller) => caller.client.me(),
  'client.activity': (caller) => caller.client.activity({ limit: 50 }),
  'client.updateProfile': (caller) =>
    caller.client.updateProfile({
      locale: 'en',
      communicationPreferences: { email: true, sms: true, marketing: false },
    }),
  'staff.clients.list': async (caller, target) => [
    await caller.staff.clients.list({}),
    await caller.staff.clients.list({ search: target.email }),
    await caller.staff.clients.list({ archived: true }),
  ],
  'staff.clients.get': (caller, target) => caller.staff.clients.get({ id: target.clientId }),
  'staff.clients.create': (caller, _target, probe) =>
    caller.staff.clients.create({ fullName: `Sweep probe ${probe}`, email: `sweep-${probe}@probe.test` }),
  'staff.clients.update': (caller, target) =>
    caller.staff.clients.update({
      id: target.clientId,
      data: { fullName: 'Hijacked', email: `hijack-${target.clientId}@x.test` },
    }),
  'staff.clients.delete': (caller, target) => caller.staff.clients.delete({ id: target.clientId }),
  'staff.clients.history': (caller, target) => caller.staff.clients.history({ id: target.clientId }),
  'staff.clients.appointments': (caller, target) => caller.staff.clients.appointments({ id: target.clientId }),
  'staff.clients.archive': (caller, target) => caller.staff.clients.archive({ id: target.clientId, archived: true }),
  'staff.team.list': (caller) => caller.staff.team.list(),
  'staff.team.changeRole': (caller, target) =>
    caller.staff.team.changeRole({ userId: target.memberUserId, role: 'owner' }),
  'staff.team.remove': (caller, target) => caller.staff.team.remove({ userId: target.memberUserId }),
  'staff.team.setDisplayName': (caller, target) =>
    caller.staff.team.setDisplayName({ userId: target.memberUserId, displayName: 'Hijacked' }),
  'staff.clients.invite': (caller, target) => caller.staff.clients.invite({ id: target.clientId }),
  'staff.invitations.list': (caller) => caller.staff.invitations.list(),
  'staff.settings.get': (caller) => caller.staff.settings.get(),
  'staff.settings.update': (caller) => caller.staff.settings.update({ primaryColor: '#123456' }),
  // The logo of the caller's own business only: the tenant comes from the host, never the input.
  'staff.settings.uploadLogo': (caller) => caller.staff.settings.uploadLogo(logoBody()),
  'staff.settings.removeLogo': (caller) => caller.staff.settings.removeLogo(),
  'staff.invitations.create': (caller, _target, probe) =>
    caller.staff.invitations.create({ email: `sweep-invite-${probe}@probe.test`, role: 'staff' }),
  'staff.invitations.revoke': (caller) => caller.staff.invitations.revoke({ id: sweepInvitationId }),
  'staff.invitations.resend': (caller) => caller.staff.invitations.resend({ id: sweepInvitationId }),
  'invitations.preview': (caller) => caller.invitations.preview({ token: sweepToken }),
  'invitations.accept': (caller) => caller.invitations.accept({ token: sweepToken }),
  'portal.membershipState': (caller) => caller.portal.membershipState(),
  'portal.openingHours': (caller) => caller.portal.openingHours(),
  // Joining creates the caller's own client row, nobody else's (see joinsAsItself below).
  'portal.join': (caller) => caller.portal.join({ acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' }),
  'onboarding.checkSlug': (caller) => caller.onboarding.checkSlug({ slug: 'alpha-pools' }),
  'onboarding.createBusiness': (caller, _target, probe) =>
    caller.onboarding.createBusiness({
      name: `Sweep ${probe}`,
      trade: 'other',
      slug: `sweep-${probe}`,
      timeZone: 'America/Toronto',
      defaultLocale: 'en',
    }),
  'notifications.list': (caller) => caller.notifications.list({ limit: 50 }),
  'notifications.unreadCount': (caller) => caller.notifications.unreadCount(),
  'notifications.markRead': (caller, target) => caller.notifications.markRead({ id: notificationOf(target.clientId) }),
  'notifications.markAllRead': (caller) => caller.notifications.markAllRead(),
  'notifications.onNotification': async (caller) =>
    feedUntilSentinel(await caller.notifications.onNotification({ lastEventId: beforeEveryNotification })),
  'staff.notifications.list': (caller) => caller.staff.notifications.list({ limit: 50 }),
  'staff.notifications.unreadCount': (caller) => caller.staff.notifications.unreadCount(),
  'staff.notifications.markRead': (caller, target) =>
    caller.staff.notifications.markRead({ id: notificationOf(target.memberUserId) }),
  'staff.notifications.markAllRead': (caller) => caller.staff.notifications.markAllRead(),
  'staff.notifications.onNotification': async (caller) =>
    feedUntilSentinel(await caller.staff.notifications.onNotification({ lastEventId: beforeEveryNotification })),
  // Preferences are always the caller's own; the delivery log of another client or business is never read.
  'notificationPreferences.mine': (caller) => caller.notificationPreferences.mine(),
  'notificationPreferences.update': (caller) =>
    caller.notificationPreferences.update({
      channels: { email: true, sms: false, push: true },
      topics: { reminders: {}, bookingChanges: {}, payments: {}, messages: {} },
      marketing: false,
      locale: 'en',
    }),
  'deliveryLog.mine': (caller) => caller.deliveryLog.mine({}),
  'staff.deliveryLog.booking': (caller, target) => caller.staff.deliveryLog.booking({ bookingId: bookingOf(target) }),
  'staff.deliveryLog.client': (caller, target) => caller.staff.deliveryLog.client({ clientId: target.clientId }),
  'staff.preferences.notices': (caller) => caller.staff.preferences.notices(),
  'staff.preferences.updateNotices': (caller) => {
    const on = { email: false, push: true }
    return caller.staff.preferences.updateNotices({
      bookingCreated: on,
      bookingCancelled: on,
      bookingRescheduled: on,
      messages: on,
    })
  },
  'staff.preferences.quietHours': (caller) => caller.staff.preferences.quietHours(),
  'staff.preferences.updateQuietHours': (caller) =>
    caller.staff.preferences.updateQuietHours({ start: '22:00', end: '07:00' }),
  // Web push: a device is the caller's own (a fresh endpoint); the target's device is never read or removed.
  'push.subscribe': (caller, _target, probe) =>
    caller.push.subscribe({ endpoint: sweepPushEndpoint('portal-probe', String(probe)), keys: sweepPushKeys }),
  'push.isSubscribed': (caller, target) =>
    caller.push.isSubscribed({ endpoint: sweepPushEndpoint('portal', target.clientId) }),
  'push.unsubscribe': (caller, target) =>
    caller.push.unsubscribe({ endpoint: sweepPushEndpoint('portal', target.clientId) }),
  'staff.push.subscribe': (caller, _target, probe) =>
    caller.staff.push.subscribe({ endpoint: sweepPushEndpoint('staff-probe', String(probe)), keys: sweepPushKeys }),
  'staff.push.isSubscribed': (caller, target) =>
    caller.staff.push.isSubscribed({ endpoint: sweepPushEndpoint('staff', target.memberUserId) }),
  'staff.push.unsubscribe': (caller, target) =>
    caller.staff.push.unsubscribe({ endpoint: sweepPushEndpoint('staff', target.memberUserId) }),
  'billing.invoices': (caller) => caller.billing.invoices({}),
  'billing.invoice': (caller, target) => caller.billing.invoice({ invoiceId: billingOf(target).issuedId }),
  'billing.dueSummary': (caller) => caller.billing.dueSummary(),
  'billing.startBookingCheckout': (caller, target) =>
    unlessPaymentsOff(caller.billing.startBookingCheckout({ bookingId: bookingOf(target) })),
  'billing.payInvoice': (caller, target) =>
    unlessPaymentsOff(caller.billing.payInvoice({ invoiceId: billingOf(target).issuedId })),
  'billing.cards': (caller) => caller.billing.cards(),
  'billing.startCardSetup': (caller) => unlessPaymentsOff(caller.billing.startCardSetup()),
  'billing.removeCard': (caller, target) => caller.billing.removeCard({ cardId: billingOf(target).cardId }),
  'billing.setDefaultCard': (caller, target) => caller.billing.setDefaultCard({ cardId: billingOf(target).cardId }),
  'billing.subscribe': (caller) => unlessPaymentsOff(caller.billing.subscribe({ planId: sweepPlanId })),
  'billing.cancelSubscription': (caller, target) =>
    caller.billing.cancelSubscription({ subscriptionId: billingOf(target).subscriptionId }),
  'staff.billing.status': (caller) => caller.staff.billing.status(),
  'staff.billing.startOnboarding': (caller) => unlessPaymentsOff(caller.staff.billing.startOnboarding()),
  'staff.billing.refreshStatus': (caller) => unlessPaymentsOff(caller.staff.billing.refreshStatus()),
  'staff.billing.invoices': (caller, target) => caller.staff.billing.invoices({ clientId: target.clientId }),
  'staff.billing.invoice': (caller, target) => caller.staff.billing.invoice({ invoiceId: billingOf(target).issuedId }),
  'staff.billing.createDraft': (caller, target) =>
    caller.staff.billing.createDraft({ clientId: target.clientId, lines: [sweepLine] }),
  'staff.billing.updateDraft': (caller, target) =>
    caller.staff.billing.updateDraft({ invoiceId: billingOf(target).draftId, notes: 'Détourné' }),
  'staff.billing.invoiceBooking': (caller, target) =>
    caller.staff.billing.invoiceBooking({ bookingId: bookingOf(target) }),
  'staff.billing.issue': (caller, target) => caller.staff.billing.issue({ invoiceId: billingOf(target).draftId }),
  'staff.billing.void': (caller, target) =>
    caller.staff.billing.void({ invoiceId: billingOf(target).issuedId, reason: 'sweep: hostile void' }),
  'staff.billing.recordPayment': (caller, target) =>
    caller.staff.billing.recordPayment({ invoiceId: billingOf(target).issuedId, method: 'cash', amountCents: 100 }),
  'staff.billing.creditNote': (caller, target) =>
    caller.staff.billing.creditNote({ invoiceId: billingOf(target).issuedId, reason: 'sweep: hostile credit' }),
  'staff.billing.refund': (caller, target) =>
    caller.staff.billing.refund({ paymentId: billingOf(target).paymentId, amountCents: 100, reason: 'sweep' }),
  'staff.billing.taxReport': (caller) => caller.staff.billing.taxReport({ from: '2026-01-01', to: '2026-12-31' }),
  'staff.billing.settings': (caller) => caller.staff.billing.settings(),
  'staff.billing.updateSettings': (caller) => caller.staff.billing.updateSettings(sweepPaymentSettings),
  'operator.billing.setFee': (caller, target) =>
    caller.operator.billing.setFee({ tenantId: target.tenantId, feeBps: 1999, feeFixedCents: 999 }),
  'operator.tenants.list': (caller) => caller.operator.tenants.list({}),
  'operator.tenants.get': (caller, target) => caller.operator.tenants.get({ tenantId: target.tenantId }),
  'operator.tenants.suspend': (caller, target) =>
    caller.operator.tenants.suspend({ tenantId: target.tenantId, reason: 'sweep: hostile suspension' }),
  'operator.tenants.reactivate': (caller, target) =>
    caller.operator.tenants.reactivate({ tenantId: target.tenantId, reason: 'sweep: hostile reactivation' }),
}

const procedurePaths = Object.keys(appRouter._def.procedures).sort()

interface Scenario {
  name: string
  as: (f: TwoTenantFixture) => CallAs
  target: (f: TwoTenantFixture) => Target
  /** Identifiers that must never appear in a response to this caller. */
  secrets: (f: TwoTenantFixture) => string[]
  /** The caller's own client record in tenant A, which it may change itself. */
  ownClientInA?: (f: TwoTenantFixture) => string
  /** Tenant B is the caller's own tenant: its rows may change (e.g. B's owner creating a client in B). */
  ownsTenantB?: boolean
}

/** Ids, emails and names of every fixture row of one tenant (clients and the users behind them). */
const everyIdentifier = (t: TwoTenantFixture['a'], name: string) => [
  t.clientId,
  t.otherClientId,
  t.unlinkedClientId,
  t.ownerUserId,
  t.staffUserId,
  t.clientUserId,
  t.otherClientUserId,
  ...['client', 'other-client', 'walk-in', 'owner', 'staff'].map((label) => `${label}@${t.slug}.test`),
  ...['Client', 'Other', 'Walk-in'].map((label) => `${label} ${name}`),
  ...['owner', 'staff', 'client', 'other-client'].map((label) => `${label} ${name}`),
]
const secretsOfA = (f: TwoTenantFixture) => everyIdentifier(f.a, 'Alpha')
const secretsOfB = (f: TwoTenantFixture) => everyIdentifier(f.b, 'Bravo')
const targetInA = (f: TwoTenantFixture): Target => ({
  tenantId: f.a.id,
  clientId: f.a.clientId,
  email: `client@${f.a.slug}.test`,
  memberUserId: f.a.staffUserId,
  serviceId: f.a.serviceId,
  staffId: f.a.staffMembershipId,
})

const scenarios: Scenario[] = [
  {
    name: "(a) B's owner on B's host, with A's ids",
    as: (f) => ({ host: hostOf(f.b.slug), userId: f.b.ownerUserId }),
    target: targetInA,
    secrets: secretsOfA,
    ownsTenantB: true,
  },
  {
    name: "(b) B's owner on A's host",
    as: (f) => ({ host: hostOf(f.a.slug), userId: f.b.ownerUserId }),
    target: targetInA,
    secrets: secretsOfA,
  },
  {
    name: "(c) A's client X, with client Y's ids",
    as: (f) => ({ host: hostOf(f.a.slug), userId: f.a.clientUserId }),
    target: (f) => ({
      tenantId: f.a.id,
      clientId: f.a.otherClientId,
      email: `other-client@${f.a.slug}.test`,
      memberUserId: f.a.staffUserId,
      serviceId: f.a.serviceId,
      staffId: f.a.staffMembershipId,
    }),
    secrets: (f) => [
      f.a.otherClientId,
      f.a.unlinkedClientId,
      f.a.otherClientUserId,
      `other-client@${f.a.slug}.test`,
      `walk-in@${f.a.slug}.test`,
      'Other Alpha',
      'Walk-in Alpha',
      'other-client Alpha',
      ...secretsOfB(f),
    ],
    ownClientInA: (f) => f.a.clientId,
  },
  {
    name: '(d) no session on A’s host',
    as: (f) => ({ host: hostOf(f.a.slug) }),
    target: targetInA,
    secrets: secretsOfA,
  },
  {
    name: '(e) an operator on A’s host',
    as: (f) => ({ host: hostOf(f.a.slug), userId: f.operatorUserId, operator: true }),
    target: targetInA,
    secrets: secretsOfA,
  },
  {
    name: '(e) A’s client on the root domain',
    as: (f) => ({ host: rootDomain, userId: f.a.clientUserId }),
    target: (f) => ({
      tenantId: f.a.id,
      clientId: f.a.otherClientId,
      email: `other-client@${f.a.slug}.test`,
      memberUserId: f.a.staffUserId,
      serviceId: f.a.serviceId,
      staffId: f.a.staffMembershipId,
    }),
    secrets: (f) => [...secretsOfA(f).filter((id) => id !== f.a.clientId && id !== f.a.clientUserId), ...secretsOfB(f)],
  },
  {
    name: '(e) A’s owner on a foreign host',
    as: (f) => ({ host: 'alpha-pools.evil.test', userId: f.a.ownerUserId }),
    target: targetInA,
    secrets: secretsOfA,
  },
]

// CONFLICT: refused by the state of the caller's own records (already a client of this portal).
const refusals = new Set(['NOT_FOUND', 'FORBIDDEN', 'UNAUTHORIZED', 'CONFLICT'])

/**
 * Procedures that legitimately add the caller's own rows to the tenant it calls on: joining a portal
 * creates the caller's client record (and the audit entry about it). Those rows are set aside
 * before comparing; any other change still fails.
 */
const joinsAsItself = new Set(['portal.join'])
const withoutRowsOfUser = (rows: TenantRows, userId: string | undefined): TenantRows => {
  const own = new Set(rows.clients.filter((row) => userId !== undefined && row.userId === userId).map((row) => row.id))
  return withoutOwnRowsOf(rows, own)
}
const withoutOwnRowsOf = (rows: TenantRows, clientIds: Set<string>): TenantRows => ({
  ...rows,
  clients: rows.clients.filter((row) => !clientIds.has(row.id)),
  audit: rows.audit.filter((row) => row.clientId === null || !clientIds.has(row.clientId)),
})

/** Which of `secrets` occur anywhere in the serialised response. */
const leaksIn = (response: unknown, secrets: string[]) => {
  const text = JSON.stringify(response)
  return secrets.filter((secret) => text.includes(secret))
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const fixture = await twoTenantFixture(admin)
    const [invitation] = await admin.db
      .insert(staffInvitations)
      .values({
        tenantId: fixture.a.id,
        email: `invitee@${fixture.a.slug}.test`,
        role: 'admin',
        tokenHash: hashInvitationToken(sweepToken),
        expiresAt: new Date(Date.now() + 7 * 24 * 60 * 60 * 1000),
      })
      .returning({ id: staffInvitations.id })
    if (!invitation) throw new Error('sweep invitation not created')
    sweepInvitationId = invitation.id
    const [closure] = await admin.db
      .insert(scheduleOverrides)
      .values({
        tenantId: fixture.a.id,
        membershipId: fixture.a.staffMembershipId,
        onDate: '2031-02-01',
        kind: 'closed',
        reason: 'private',
      })
      .returning({ id: scheduleOverrides.id })
    if (!closure) throw new Error('sweep override not created')
    sweepOverrideId = closure.id
    for (const [index, clientId] of [fixture.a.clientId, fixture.a.otherClientId].entries()) {
      const start = sweepBookingStart().getTime() + index * 2 * 3_600_000
      const [booking] = await admin.db
        .insert(bookings)
        .values({
          tenantId: fixture.a.id,
          clientId,
          membershipId: fixture.a.staffMembershipId,
          serviceId: fixture.a.serviceId,
          startsAt: new Date(start),
          endsAt: new Date(start + 3_600_000),
          blockedFrom: new Date(start),
          blockedUntil: new Date(start + 3_600_000),
          status: 'confirmed',
          priceCents: 12000,
          snapshot: {
            service: {
              nameFr: 'Entretien',
              nameEn: 'Maintenance',
              durationMinutes: 60,
              priceCents: 12000,
              currency: 'CAD',
            },
            options: [],
            totalCents: 12000,
            paymentRule: 'none',
            depositCents: null,
            policy: { freeCancelHours: 24, lateCancelFeePercent: 50, lateCancelKeepsDeposit: false, maxReschedules: 2 },
          },
          locale: 'fr',
          idempotencyKey: `sweep-victim-${index}`,
        })
        .returning({ id: bookings.id })
      if (!booking) throw new Error('sweep booking not created')
      sweepBookingIds.set(clientId, booking.id)
    }
    const recipients = [
      ...[fixture.a, fixture.b].flatMap((t, index) => {
        const name = index === 0 ? 'Alpha' : 'Bravo'
        return [
          { tenantId: t.id, recipientKind: 'client' as const, clientId: t.clientId, name: `Client ${name}` },
          { tenantId: t.id, recipientKind: 'client' as const, clientId: t.otherClientId, name: `Other ${name}` },
          { tenantId: t.id, recipientKind: 'staff' as const, userId: t.ownerUserId, name: `owner ${name}` },
          { tenantId: t.id, recipientKind: 'staff' as const, userId: t.staffUserId, name: `staff ${name}` },
        ]
      }),
    ]
    for (const kind of ['booking-confirmed', sentinelKind])
      for (const { name, ...recipient } of recipients) {
        const [row] = await admin.db
          .insert(notifications)
          .values({ ...recipient, kind, params: { recipientName: name } })
          .returning({ id: notifications.id })
        if (!row) throw new Error('sweep notification not created')
        if (kind !== sentinelKind) sweepNotificationIds.set(recipient.clientId ?? recipient.userId ?? '', row.id)
      }
    return fixture
  })
})
afterAll(async () => db.close())

/** Billing rows of A's two clients, made by A's owner through the API (invoices) or inserted (cards, plans). */
beforeAll(async () => {
  const f = db.data
  const owner = await callerFor(db.app, { host: hostOf(f.a.slug), userId: f.a.ownerUserId })
  sweepPlanId = await db.app.withTenant({ actor: 'system', tenantId: f.a.id }, async (tx) => {
    const [plan] = await tx
      .insert(paymentPlans)
      .values({ tenantId: f.a.id, nameFr: 'Saison', nameEn: 'Season', amountCents: 5000, interval: 'month' })
      .returning({ id: paymentPlans.id })
    if (!plan) throw new Error('sweep plan not created')
    return plan.id
  })
  for (const [index, clientId] of [f.a.clientId, f.a.otherClientId].entries()) {
    const draft = await owner.staff.billing.createDraft({ clientId, lines: [sweepLine] })
    const issued = await owner.staff.billing.issue({
      invoiceId: (await owner.staff.billing.createDraft({ clientId, lines: [sweepLine] })).id,
    })
    const paid = await owner.staff.billing.recordPayment({ invoiceId: issued.id, method: 'cash', amountCents: 500 })
    const [payment] = paid.payments
    if (!payment) throw new Error('sweep payment not recorded')
    const rows = await db.app.withTenant({ actor: 'system', tenantId: f.a.id }, async (tx) => {
      const [card] = await tx
        .insert(savedCards)
        .values({
          tenantId: f.a.id,
          clientId,
          stripePaymentMethodId: `pm_sweep_${index}`,
          brand: 'visa',
          last4: '4242',
          expMonth: 12,
          expYear: 2031,
        })
        .returning({ id: savedCards.id })
      const [subscription] = await tx
        .insert(planSubscriptions)
        .values({ tenantId: f.a.id, planId: sweepPlanId, clientId, amountCents: 5749, status: 'active' })
        .returning({ id: planSubscriptions.id })
      if (!card || !subscription) throw new Error('sweep card or subscription not created')
      return { cardId: card.id, subscriptionId: subscription.id }
    })
    sweepBilling.set(clientId, { draftId: draft.id, issuedId: issued.id, paymentId: payment.id, ...rows })
  }
})

describe('isolation sweep', () => {
  it('has a case for every procedure of the app router, and none for procedures that do not exist', () => {
    const missing = procedurePaths.filter((path) => !(path in cases))
    const stale = Object.keys(cases).filter((path) => !procedurePaths.includes(path))
    expect(missing, `procedures without an isolation case: ${missing.join(', ')}`).toEqual([])
    expect(stale, `cases for unknown procedures: ${stale.join(', ')}`).toEqual([])
  })

  it('detects a leak when there is one (the same check, on a call that is allowed to see A)', async () => {
    const owner = await callerFor(db.app, { host: hostOf(db.data.a.slug), userId: db.data.a.ownerUserId })
    const response = await cases['staff.clients.list']?.(owner, targetInA(db.data), 0)
    expect(leaksIn(response, secretsOfA(db.data))).toContain(db.data.a.otherClientId)
  })

  let probe = 0
  describe.each(procedurePaths)('%s', (path) => {
    it.each(scenarios.map((scenario) => [scenario.name, scenario] as const))('%s', async (_name, scenario) => {
      const call = cases[path]
      if (!call) throw new Error(`no isolation case for ${path}`)
      const f = db.data
      const own = scenario.ownClientInA?.(f) ?? null
      const beforeA = withoutOwnRows(await snapshotTenant(db.app, f.a), own)
      const beforeB = await snapshotTenant(db.app, f.b)

      // With a fresh second factor: sensitive procedures must still refuse on isolation alone.
      const caller = await callerFor(db.app, { ...scenario.as(f), secondFactorAgeMinutes: 0 })
      probe += 1
      const outcome = await call(caller, scenario.target(f), probe).then(
        (response) => ({ ok: true as const, response }),
        (error: unknown) => ({ ok: false as const, error }),
      )

      if (outcome.ok) {
        expect(leaksIn(outcome.response, scenario.secrets(f)), `${path} leaked to ${scenario.name}`).toEqual([])
      } else {
        if (!(outcome.error instanceof TRPCError)) throw outcome.error
        expect(refusals.has(outcome.error.code), `${path} failed with ${outcome.error.code}`).toBe(true)
        expect(leaksIn({ message: outcome.error.message }, scenario.secrets(f))).toEqual([])
      }

      const callerUserId = scenario.as(f).userId
      const afterA = withoutOwnRows(await snapshotTenant(db.app, f.a), own)
      if (joinsAsItself.has(path)) {
        expect(withoutRowsOfUser(afterA, callerUserId), `${path} changed tenant A's rows`).toEqual(
          withoutRowsOfUser(beforeA, callerUserId),
        )
      } else expect(afterA, `${path} changed tenant A's rows`).toEqual(beforeA)
      if (!scenario.ownsTenantB)
        expect(await snapshotTenant(db.app, f.b), `${path} changed tenant B's rows`).toEqual(beforeB)
    })
  })
})
