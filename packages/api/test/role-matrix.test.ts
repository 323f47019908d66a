/**
 * The role matrix, enforced: every procedure of the app router, called by each kind of person on
 * the host it is served from, with valid input. Whether the call must succeed is not written here:
 * it follows from the access the procedure's builder declares (kind + action) and `can()` of
 * @portail/auth. A procedure without a call below, or built without a declared access, fails.
 */
import { type Role, can, isSensitiveAction } from '@portail/auth'
import type { AdminConnection } from '@portail/db/admin'
import { hashInvitationToken } from '@portail/core/invitations'
import { bookings, clients, memberships, notifications, staffInvitations, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { TRPCError } from '@trpc/server'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type ProcedureAccess, procedureAccess } from '../src/procedure-access'
import { appRouter } from '../src/root'
import { type CallAs, callerFor, hostOf, logoBody, rootDomain } from './support/callers'

const people = ['anonymous', 'client', 'staff', 'admin', 'owner', 'operator'] as const
type Person = (typeof people)[number]

interface MatrixFixture extends TwoTenantFixture {
  adminUserId: string
  /** Per person, a client of A that only this person's call deletes. */
  deletableClientIds: Record<Person, string>
  /** Per person, a staff member of A that only this person's call removes. */
  removableUserIds: Record<Person, string>
  /** A staff member of A whom a role change makes an admin. */
  promotableUserId: string
  /**
   * Per person, a team invitation of A sent to that person's address: the client's is revoked and
   * the operator's expired, so that accepting leaves them outside the team (later rows of the
   * matrix expect them to be no member); team members are members already.
   */
  invitationTokens: Record<Person, string>
  /** Per person, pending invitations of A that only this person's call revokes or resends. */
  revocableInvitationIds: Record<Person, string>
  resendableInvitationIds: Record<Person, string>
}

/** Bookings of A's client that one person's booking-change call uses up, by `${purpose}-${person}`. */
const matrixBookings = new Map<string, string>()
const matrixBooking = (purpose: string, person: Person) => matrixBookings.get(`${purpose}-${person}`) ?? ''
/** A notification of A for each person (the client's as a client, the others' as team members), which marking read leaves valid. */
const matrixNotifications = new Map<Person, string>()
const matrixNotification = (person: Person) => matrixNotifications.get(person) ?? ''
/** A device of each person's own for web push (the validator checks the keys' lengths, not the curve). */
const matrixPushDevice = (person: Person, area: 'portal' | 'staff') => ({
  endpoint: `https://fcm.googleapis.com/fcm/send/matrix-${area}-${person}`,
  keys: { p256dh: `B${'A'.repeat(86)}`, auth: 'A'.repeat(22) },
})
const matrixHour = 60 * 60 * 1000
/** 15:00 UTC (inside the fixture's hours in Toronto), `days` from today (negative: in the past). */
const matrixMidday = (days: number) =>
  (Math.floor(Date.now() / (24 * matrixHour)) + days) * 24 * matrixHour + 15 * matrixHour

/** One booking per (purpose, person), each on a day of its own; complete and no-show ones already started. */
async function matrixBookingFixture(admin: AdminConnection, f: TwoTenantFixture): Promise<void> {
  const purposes = ['read', 'cancel', 'reschedule', 'staffCancel', 'move', 'complete', 'noShow'] as const
  let day = 0
  for (const purpose of purposes)
    for (const person of people) {
      day += 1
      const start = purpose === 'complete' || purpose === 'noShow' ? matrixMidday(-day) : matrixMidday(10 + day)
      const [row] = await admin.db
        .insert(bookings)
        .values({
          tenantId: f.a.id,
          clientId: f.a.clientId,
          membershipId: f.a.staffMembershipId,
          serviceId: f.a.serviceId,
          startsAt: new Date(start),
          endsAt: new Date(start + matrixHour),
          blockedFrom: new Date(start),
          blockedUntil: new Date(start + matrixHour),
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
            policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 2 },
          },
          locale: 'fr',
          idempotencyKey: `matrix-${purpose}-${person}`,
        })
        .returning({ id: bookings.id })
      if (!row) throw new Error('booking fixture not created')
      matrixBookings.set(`${purpose}-${person}`, row.id)
    }
}

/** A well-formed link token per label (43 base64url characters), so a test can hold the link. */
const tokenFor = (label: string) => Buffer.from(label.padEnd(32, '.').slice(0, 32)).toString('base64url')

/**
 * The two-tenant fixture plus an admin on A's team, and rows that each person's destructive call
 * may use up without changing what the next person's call finds.
 */
async function matrixFixture(admin: AdminConnection): Promise<MatrixFixture> {
  const f = await twoTenantFixture(admin)
  const member = async (label: string, role: 'admin' | 'staff') => {
    const [user] = await admin.db
      .insert(users)
      .values({ externalId: `test:alpha-pools-${label}`, email: `${label}@alpha-pools.test`, name: `${label} Alpha` })
      .returning({ id: users.id })
    if (!user) throw new Error('member fixture not created')
    await admin.db.insert(memberships).values({ tenantId: f.a.id, userId: user.id, role })
    return user.id
  }
  const client = async (person: Person) => {
    const [row] = await admin.db
      .insert(clients)
      .values({ tenantId: f.a.id, fullName: `Deletable by ${person}` })
      .returning({ id: clients.id })
    if (!row) throw new Error('client fixture not created')
    return row.id
  }
  const deletableClientIds = {} as Record<Person, string>
  const removableUserIds = {} as Record<Person, string>
  for (const person of people) {
    deletableClientIds[person] = await client(person)
    removableUserIds[person] = await member(`removable-by-${person}`, 'staff')
  }
  const adminUserId = await member('admin', 'admin')
  await matrixBookingFixture(admin, f)
  const invite = async (email: string, token: string, state: 'pending' | 'revoked' | 'expired' = 'pending') => {
    const day = 24 * 60 * 60 * 1000
    const [row] = await admin.db
      .insert(staffInvitations)
      .values({
        tenantId: f.a.id,
        email,
        role: 'staff',
        tokenHash: hashInvitationToken(token),
        expiresAt: new Date(Date.now() + (state === 'expired' ? -day : 7 * day)),
        revokedAt: state === 'revoked' ? new Date() : null,
      })
      .returning({ id: staffInvitations.id })
    if (!row) throw new Error('invitation fixture not created')
    return row.id
  }
  const personUserId: Record<Person, string | null> = {
    anonymous: null,
    client: f.a.clientUserId,
    staff: f.a.staffUserId,
    admin: adminUserId,
    owner: f.a.ownerUserId,
    operator: f.operatorUserId,
  }
  const invitationTokens = {} as Record<Person, string>
  const revocableInvitationIds = {} as Record<Person, string>
  const resendableInvitationIds = {} as Record<Person, string>
  for (const person of people) {
    invitationTokens[person] = tokenFor(`matrix-${person}`)
    // The header test identity's address is `<user id>@test.invalid`.
    const email = `${personUserId[person] ?? 'nobody'}@test.invalid`
    const state = person === 'client' ? 'revoked' : person === 'operator' ? 'expired' : 'pending'
    await invite(email, invitationTokens[person], state)
    revocableInvitationIds[person] = await invite(`revocable-by-${person}@probe.test`, tokenFor(`revocable-${person}`))
    resendableInvitationIds[person] = await invite(
      `resendable-by-${person}@probe.test`,
      tokenFor(`resendable-${person}`),
    )
  }
  for (const person of people) {
    const userId = personUserId[person]
    const recipient =
      person === 'client'
        ? { recipientKind: 'client' as const, clientId: f.a.clientId }
        : { recipientKind: 'staff' as const, userId: userId ?? f.a.staffUserId }
    const [row] = await admin.db
      .insert(notifications)
      .values({ tenantId: f.a.id, ...recipient, kind: 'booking-confirmed' })
      .returning({ id: notifications.id })
    if (!row) throw new Error('notification fixture not created')
    matrixNotifications.set(person, row.id)
  }
  return {
    ...f,
    adminUserId,
    invitationTokens,
    revocableInvitationIds,
    resendableInvitationIds,
    promotableUserId: await member('promotable', 'staff'),
    deletableClientIds,
    removableUserIds,
  }
}

const userOf = (f: MatrixFixture, person: Person): Pick<CallAs, 'userId' | 'operator'> => {
  switch (person) {
    case 'anonymous':
      return {}
    case 'client':
      return { userId: f.a.clientUserId }
    case 'staff':
      return { userId: f.a.staffUserId }
    case 'admin':
      return { userId: f.adminUserId }
    case 'owner':
      return { userId: f.a.ownerUserId }
    case 'operator':
      return { userId: f.operatorUserId, operator: true }
  }
}

/** Everyone signed in has just verified a second factor, so the matrix alone decides; see below for stale ones. */
const identityOf = (
  f: MatrixFixture,
  person: Person,
): Pick<CallAs, 'userId' | 'operator' | 'secondFactorAgeMinutes'> =>
  person === 'anonymous' ? {} : { ...userOf(f, person), secondFactorAgeMinutes: 0 }

type Caller = Awaited<ReturnType<typeof callerFor>>

/** An id no row has (cards, plans, subscriptions the matrix does not create). */
const matrixMissingId = '0190c0de-0000-7000-8000-000000000000'
const matrixInvoiceLine = { descriptionFr: 'Matrice', descriptionEn: 'Matrix', quantity: 1, unitCents: 1000 }
/** A fresh invoice of A's client, made by A's owner: a draft, or issued. */
async function matrixInvoice(f: MatrixFixture, state: 'draft' | 'issued') {
  const owner = await callerFor(db.app, { host: hostOf(f.a.slug), userId: f.a.ownerUserId, secondFactorAgeMinutes: 0 })
  const draft = await owner.staff.billing.createDraft({ clientId: f.a.clientId, lines: [matrixInvoiceLine] })
  return state === 'draft' ? draft : owner.staff.billing.issue({ invoiceId: draft.id })
}
/** A cash payment of a fresh issued invoice, recorded by A's owner. */
async function matrixCashPayment(f: MatrixFixture) {
  const invoice = await matrixInvoice(f, 'issued')
  const owner = await callerFor(db.app, { host: hostOf(f.a.slug), userId: f.a.ownerUserId })
  const paid = await owner.staff.billing.recordPayment({
    invoiceId: invoice.id,
    method: 'cash',
    amountCents: invoice.totalCents,
  })
  const [payment] = paid.payments
  if (!payment) throw new Error('the matrix payment is not on its invoice')
  return { paymentId: payment.id, amountCents: payment.amountCents }
}

type Call = (caller: Caller, f: MatrixFixture, person: Person) => Promise<unknown>

/** A valid call of each procedure; mutations aim at rows that stay valid whoever succeeds first. */
/** A local date two days ahead in Toronto: inside the fixture tenants' booking window. */
const bookingDate = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(Date.now() + 2 * 24 * 60 * 60 * 1000)

const calls: Record<string, Call> = {
  'staff.catalog.get': (caller) => caller.staff.catalog.get(),
  'staff.catalog.saveService': (caller, _f, person) =>
    caller.staff.catalog.saveService({
      nameFr: `Matrice ${person}`,
      nameEn: `Matrix ${person}`,
      durationMinutes: 30,
      priceCents: 5000,
    }),
  'staff.catalog.saveOption': (caller, f, person) =>
    caller.staff.catalog.saveOption({
      serviceId: f.a.serviceId,
      nameFr: `Option ${person}`,
      nameEn: `Option ${person}`,
      extraMinutes: 15,
    }),
  // The same pairs, hours and settings the fixture has: whoever succeeds first changes nothing the next call needs.
  'staff.catalog.setServiceStaff': (caller, f) =>
    caller.staff.catalog.setServiceStaff({ serviceId: f.a.serviceId, staffIds: [f.a.staffMembershipId] }),
  'staff.catalog.setHours': (caller, f) =>
    caller.staff.catalog.setHours({
      staffId: f.a.staffMembershipId,
      hours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: '08:00', endTime: '20:00' })),
    }),
  // Far from any date the matrix books, and for the owner, who performs no service here.
  'staff.catalog.addOverride': (caller, f) =>
    caller.staff.catalog.addOverride({ staffId: f.a.ownerMembershipId, date: '2031-01-01', kind: 'closed' }),
  'staff.catalog.removeOverride': async (caller, f) => {
    const added = await caller.staff.catalog.addOverride({
      staffId: f.a.ownerMembershipId,
      date: '2031-01-02',
      kind: 'closed',
    })
    return caller.staff.catalog.removeOverride({ id: added.id })
  },
  'staff.catalog.updateSettings': (caller) => caller.staff.catalog.updateSettings({ slotIntervalMinutes: 30 }),
  'booking.availableDays': (caller, f) =>
    caller.booking.availableDays({ serviceId: f.a.serviceId, month: bookingDate().slice(0, 7) }),
  'booking.slots': (caller, f) => caller.booking.slots({ serviceId: f.a.serviceId, date: bookingDate() }),
  'booking.create': async (caller, f, person) => {
    const [slot] = await caller.booking.slots({ serviceId: f.a.serviceId, date: bookingDate() })
    if (!slot) throw new Error('the fixture offers no slot to book')
    return caller.booking.create({
      serviceId: f.a.serviceId,
      start: slot.start,
      idempotencyKey: `matrix-key-${person}`,
    })
  },
  'booking.catalog': (caller) => caller.booking.catalog(),
  'booking.mine': (caller) => caller.booking.mine({ scope: 'upcoming' }),
  'booking.get': (caller, _f, person) => caller.booking.get({ id: matrixBooking('read', person) }),
  'booking.cancel': (caller, _f, person) =>
    caller.booking.cancel({ id: matrixBooking('cancel', person), expectedFeeCents: 0 }),
  'booking.rescheduleDays': (caller, _f, person) =>
    caller.booking.rescheduleDays({ id: matrixBooking('read', person), month: bookingDate().slice(0, 7) }),
  'booking.rescheduleSlots': (caller, _f, person) =>
    caller.booking.rescheduleSlots({ id: matrixBooking('read', person), date: bookingDate() }),
  'booking.reschedule': async (caller, _f, person) => {
    const id = matrixBooking('reschedule', person)
    const { start } = await caller.booking.get({ id })
    return caller.booking.reschedule({ id, start: new Date(Date.parse(start) + 2 * matrixHour).toISOString() })
  },
  'staff.bookings.cancel': (caller, _f, person) =>
    caller.staff.bookings.cancel({ id: matrixBooking('staffCancel', person), reason: 'matrix' }),
  'staff.bookings.move': (caller, _f, person) =>
    caller.staff.bookings.move({
      id: matrixBooking('move', person),
      start: new Date(matrixMidday(200 + people.indexOf(person))).toISOString(),
      reason: 'matrix',
      ignoreRules: true,
    }),
  'staff.bookings.complete': (caller, _f, person) =>
    caller.staff.bookings.complete({ id: matrixBooking('complete', person) }),
  'staff.bookings.noShow': (caller, _f, person) =>
    caller.staff.bookings.noShow({ id: matrixBooking('noShow', person) }),
  'staff.bookings.list': (caller) =>
    caller.staff.bookings.list({
      from: new Date(matrixMidday(-1)).toISOString(),
      to: new Date(matrixMidday(30)).toISOString(),
    }),
  'staff.bookings.get': (caller, _f, person) => caller.staff.bookings.get({ id: matrixBooking('read', person) }),
  'staff.bookings.members': (caller) => caller.staff.bookings.members(),
  'staff.bookings.create': (caller, f, person) =>
    caller.staff.bookings.create({
      clientId: f.a.clientId,
      serviceId: f.a.serviceId,
      staffId: f.a.staffMembershipId,
      start: new Date(matrixMidday(300 + people.indexOf(person))).toISOString(),
      idempotencyKey: `matrix-staff-create-${person}`,
      ignoreRules: true,
      reason: 'matrix',
    }),
  // Each person's series on weeks of its own, far from every other matrix booking.
  'staff.bookings.createSeries': (caller, f, person) => {
    const first = matrixMidday(400 + 30 * people.indexOf(person))
    return caller.staff.bookings.createSeries({
      clientId: f.a.clientId,
      serviceId: f.a.serviceId,
      staffId: f.a.staffMembershipId,
      firstStart: new Date(first).toISOString(),
      frequency: 'weekly',
      until: new Date(first + 14 * 24 * matrixHour).toISOString().slice(0, 10),
      idempotencyKey: `matrix-series-${person}`,
    })
  },
  'staff.calendarFeed.get': (caller) => caller.staff.calendarFeed.get(),
  'staff.calendarFeed.rotate': (caller) => caller.staff.calendarFeed.rotate(),
  'staff.calendarFeed.revoke': (caller) => caller.staff.calendarFeed.revoke(),
  'tenant.current': (caller) => caller.tenant.current(),
  'client.me': (caller) => caller.client.me(),
  'client.activity': (caller) => caller.client.activity({}),
  'client.updateProfile': (caller) => caller.client.updateProfile({ locale: 'en' }),
  'staff.clients.list': (caller) => caller.staff.clients.list({}),
  'staff.clients.get': (caller, f) => caller.staff.clients.get({ id: f.a.clientId }),
  'staff.clients.create': (caller, _f, person) =>
    caller.staff.clients.create({ fullName: `Matrix ${person}`, email: `matrix-${person}@probe.test` }),
  'staff.clients.update': (caller, f, person) =>
    caller.staff.clients.update({ id: f.a.unlinkedClientId, data: { fullName: `Walk-in by ${person}` } }),
  'staff.clients.delete': (caller, f, person) => caller.staff.clients.delete({ id: f.deletableClientIds[person] }),
  'staff.clients.history': (caller, f) => caller.staff.clients.history({ id: f.a.clientId }),
  'staff.clients.appointments': (caller, f) => caller.staff.clients.appointments({ id: f.a.clientId }),
  // Bringing back a client that is not archived: a no-op that succeeds for every role allowed.
  'staff.clients.archive': (caller, f) => caller.staff.clients.archive({ id: f.a.unlinkedClientId, archived: false }),
  'staff.team.list': (caller) => caller.staff.team.list(),
  'staff.team.changeRole': (caller, f) => caller.staff.team.changeRole({ userId: f.promotableUserId, role: 'admin' }),
  'staff.team.remove': (caller, f, person) => caller.staff.team.remove({ userId: f.removableUserIds[person] }),
  // Each person names themself (any member may); naming others is tested in staff-team.test.ts.
  'staff.team.setDisplayName': (caller, f, person) =>
    caller.staff.team.setDisplayName({
      userId: person === 'owner' ? f.a.ownerUserId : person === 'admin' ? f.adminUserId : f.a.staffUserId,
      displayName: `Matrix ${person}`,
    }),
  'staff.clients.invite': (caller, f) => caller.staff.clients.invite({ id: f.a.unlinkedClientId }),
  'staff.invitations.list': (caller) => caller.staff.invitations.list(),
  'staff.settings.get': (caller) => caller.staff.settings.get(),
  // Setting the language the business already has: a valid change that leaves the fixture as it was.
  'staff.settings.update': (caller) => caller.staff.settings.update({ defaultLocale: 'fr' }),
  'staff.settings.uploadLogo': (caller) => caller.staff.settings.uploadLogo(logoBody()),
  // With no logo (or after another role's upload), removing succeeds either way.
  'staff.settings.removeLogo': (caller) => caller.staff.settings.removeLogo(),
  'staff.invitations.create': (caller, _f, person) =>
    caller.staff.invitations.create({ email: `matrix-invite-${person}@probe.test`, role: 'staff' }),
  'staff.invitations.revoke': (caller, f, person) =>
    caller.staff.invitations.revoke({ id: f.revocableInvitationIds[person] }),
  'staff.invitations.resend': (caller, f, person) =>
    caller.staff.invitations.resend({ id: f.resendableInvitationIds[person] }),
  'invitations.preview': (caller, f) => caller.invitations.preview({ token: f.invitationTokens.staff }),
  'invitations.accept': (caller, f, person) => caller.invitations.accept({ token: f.invitationTokens[person] }),
  'portal.membershipState': (caller) => caller.portal.membershipState(),
  'portal.openingHours': (caller) => caller.portal.openingHours(),
  'portal.join': (caller) => caller.portal.join({ acceptPrivacyNotice: true, privacyNoticeVersion: '2026-11-01' }),
  'onboarding.checkSlug': (caller) => caller.onboarding.checkSlug({ slug: 'alpha-pools' }),
  'onboarding.createBusiness': (caller, _f, person) =>
    caller.onboarding.createBusiness({
      name: `Matrix ${person}`,
      trade: 'cleaning',
      slug: `matrix-${person}`,
      timeZone: 'America/Toronto',
      defaultLocale: 'fr',
    }),
  'notifications.list': (caller) => caller.notifications.list({}),
  'notifications.unreadCount': (caller) => caller.notifications.unreadCount(),
  'notifications.markRead': (caller, _f, person) => caller.notifications.markRead({ id: matrixNotification(person) }),
  'notifications.markAllRead': (caller) => caller.notifications.markAllRead(),
  // Allowed: the feed is handed over (it reads nothing until the first event is asked for).
  'notifications.onNotification': (caller) => caller.notifications.onNotification({}),
  'staff.notifications.list': (caller) => caller.staff.notifications.list({}),
  'staff.notifications.unreadCount': (caller) => caller.staff.notifications.unreadCount(),
  'staff.notifications.markRead': (caller, _f, person) =>
    caller.staff.notifications.markRead({ id: matrixNotification(person) }),
  'staff.notifications.markAllRead': (caller) => caller.staff.notifications.markAllRead(),
  'staff.notifications.onNotification': (caller) => caller.staff.notifications.onNotification({}),
  // Preferences and the delivery log: each person's own, or rows of A that reading leaves as they are.
  'notificationPreferences.mine': (caller) => caller.notificationPreferences.mine(),
  'notificationPreferences.update': (caller) =>
    caller.notificationPreferences.update({
      channels: { email: true, sms: false, push: true },
      topics: { reminders: {}, bookingChanges: {}, payments: {}, messages: {} },
      marketing: false,
      locale: 'en',
    }),
  'deliveryLog.mine': (caller) => caller.deliveryLog.mine({}),
  'staff.deliveryLog.booking': (caller, _f, person) =>
    caller.staff.deliveryLog.booking({ bookingId: matrixBooking('read', person) }),
  'staff.deliveryLog.client': (caller, f) => caller.staff.deliveryLog.client({ clientId: f.a.clientId }),
  'staff.preferences.notices': (caller) => caller.staff.preferences.notices(),
  'staff.preferences.updateNotices': (caller) => {
    const on = { email: true, push: true }
    return caller.staff.preferences.updateNotices({
      bookingCreated: on,
      bookingCancelled: on,
      bookingRescheduled: on,
      messages: on,
    })
  },
  'staff.preferences.quietHours': (caller) => caller.staff.preferences.quietHours(),
  // The default hours again: a valid change that leaves the fixture as it was.
  'staff.preferences.updateQuietHours': (caller) =>
    caller.staff.preferences.updateQuietHours({ start: '21:00', end: '08:00' }),
  // Web push: each person's own device, subscribed, read, then removed.
  'push.subscribe': (caller, _f, person) => caller.push.subscribe(matrixPushDevice(person, 'portal')),
  'push.isSubscribed': (caller, _f, person) =>
    caller.push.isSubscribed({ endpoint: matrixPushDevice(person, 'portal').endpoint }),
  'push.unsubscribe': (caller, _f, person) =>
    caller.push.unsubscribe({ endpoint: matrixPushDevice(person, 'portal').endpoint }),
  'staff.push.subscribe': (caller, _f, person) => caller.staff.push.subscribe(matrixPushDevice(person, 'staff')),
  'staff.push.isSubscribed': (caller, _f, person) =>
    caller.staff.push.isSubscribed({ endpoint: matrixPushDevice(person, 'staff').endpoint }),
  'staff.push.unsubscribe': (caller, _f, person) =>
    caller.staff.push.unsubscribe({ endpoint: matrixPushDevice(person, 'staff').endpoint }),
  // Billing. Invoices the calls need are made by A's owner first (matrixInvoice), so every person's
  // call has rows of its own; the processor is off here (no port), so what reaches it is refused by state.
  'billing.invoices': (caller) => caller.billing.invoices({}),
  'billing.invoice': async (caller, f) => caller.billing.invoice({ invoiceId: (await matrixInvoice(f, 'issued')).id }),
  'billing.dueSummary': (caller) => caller.billing.dueSummary(),
  'billing.startBookingCheckout': (caller, _f, person) =>
    caller.billing.startBookingCheckout({ bookingId: matrixBooking('read', person) }),
  'billing.payInvoice': async (caller, f) =>
    caller.billing.payInvoice({ invoiceId: (await matrixInvoice(f, 'issued')).id }),
  'billing.cards': (caller) => caller.billing.cards(),
  'billing.startCardSetup': (caller) => caller.billing.startCardSetup(),
  'billing.removeCard': (caller) => caller.billing.removeCard({ cardId: matrixMissingId }),
  'billing.setDefaultCard': (caller) => caller.billing.setDefaultCard({ cardId: matrixMissingId }),
  'billing.subscribe': (caller) => caller.billing.subscribe({ planId: matrixMissingId }),
  'billing.cancelSubscription': (caller) => caller.billing.cancelSubscription({ subscriptionId: matrixMissingId }),
  'staff.billing.status': (caller) => caller.staff.billing.status(),
  'staff.billing.startOnboarding': (caller) => caller.staff.billing.startOnboarding(),
  'staff.billing.refreshStatus': (caller) => caller.staff.billing.refreshStatus(),
  'staff.billing.invoices': (caller) => caller.staff.billing.invoices({}),
  'staff.billing.invoice': async (caller, f) =>
    caller.staff.billing.invoice({ invoiceId: (await matrixInvoice(f, 'draft')).id }),
  'staff.billing.createDraft': (caller, f) =>
    caller.staff.billing.createDraft({ clientId: f.a.clientId, lines: [matrixInvoiceLine] }),
  'staff.billing.updateDraft': async (caller, f, person) =>
    caller.staff.billing.updateDraft({ invoiceId: (await matrixInvoice(f, 'draft')).id, notes: `Matrix ${person}` }),
  // A second call for the same visit returns its draft.
  'staff.billing.invoiceBooking': (caller, _f, person) =>
    caller.staff.billing.invoiceBooking({ bookingId: matrixBooking('read', person) }),
  'staff.billing.issue': async (caller, f) =>
    caller.staff.billing.issue({ invoiceId: (await matrixInvoice(f, 'draft')).id }),
  'staff.billing.void': async (caller, f) =>
    caller.staff.billing.void({ invoiceId: (await matrixInvoice(f, 'issued')).id, reason: 'matrix' }),
  'staff.billing.recordPayment': async (caller, f) => {
    const invoice = await matrixInvoice(f, 'issued')
    return caller.staff.billing.recordPayment({
      invoiceId: invoice.id,
      method: 'cash',
      amountCents: invoice.totalCents,
    })
  },
  'staff.billing.creditNote': async (caller, f) =>
    caller.staff.billing.creditNote({ invoiceId: (await matrixInvoice(f, 'issued')).id, reason: 'matrix' }),
  // A cash payment is refunded by hand: no processor call.
  'staff.billing.refund': async (caller, f) => {
    const { paymentId, amountCents } = await matrixCashPayment(f)
    return caller.staff.billing.refund({ paymentId, amountCents, reason: 'matrix' })
  },
  'staff.billing.taxReport': (caller) => caller.staff.billing.taxReport({ from: '2026-01-01', to: '2026-12-31' }),
  'staff.billing.settings': (caller) => caller.staff.billing.settings(),
  'staff.billing.updateSettings': (caller) =>
    caller.staff.billing.updateSettings({
      taxProvince: 'QC',
      gstHstNumber: '123456789 RT0001',
      qstNumber: '1234567890 TQ0001',
      pstNumber: null,
      invoiceTermsDays: 30,
      invoiceNotesFr: null,
      invoiceNotesEn: null,
    }),
  'operator.billing.setFee': (caller, f) =>
    caller.operator.billing.setFee({ tenantId: f.a.id, feeBps: 250, feeFixedCents: 30 }),
  'operator.tenants.list': (caller) => caller.operator.tenants.list({}),
  'operator.tenants.get': (caller, f) => caller.operator.tenants.get({ tenantId: f.a.id }),
  'operator.tenants.suspend': (caller, f) =>
    caller.operator.tenants.suspend({ tenantId: f.b.id, reason: 'role matrix: suspend' }),
  'operator.tenants.reactivate': (caller, f) =>
    caller.operator.tenants.reactivate({ tenantId: f.suspended.id, reason: 'role matrix: reactivate' }),
}

// At run time tRPC keeps every procedure under its dotted path; the static type mirrors the nesting.
const procedures: Record<string, unknown> = appRouter._def.procedures
const procedurePaths = Object.keys(procedures).sort()

const metaOf = (procedure: unknown): unknown =>
  typeof procedure === 'function' && '_def' in procedure && typeof procedure._def === 'object' && procedure._def
    ? (procedure._def as { meta?: unknown }).meta
    : undefined

/** The matrix role a person acts in under a builder, or null if the builder does not admit it at all. */
function actingRole(access: Extract<ProcedureAccess, { permission: unknown }>, person: Person): Role | null {
  if (access.kind === 'client') return person === 'client' ? 'client' : null
  if (access.kind === 'operator') return person === 'operator' ? 'operator' : null
  return person === 'staff' || person === 'admin' || person === 'owner' ? person : null
}

type Outcome = 'allowed' | 'UNAUTHORIZED' | 'FORBIDDEN' | 'CONFLICT' | 'NOT_FOUND' | 'SERVICE_UNAVAILABLE'

function expectedOutcome(access: ProcedureAccess, person: Person): Outcome {
  if (access.kind === 'public' || access.kind === 'rootPublic') return 'allowed'
  if (person === 'anonymous') return 'UNAUTHORIZED'
  if (access.kind === 'signedIn') return 'allowed'
  const role = actingRole(access, person)
  return role !== null && can(role, access.permission) ? 'allowed' : 'FORBIDDEN'
}

/**
 * Procedures that admit any signed-in person, refused to some by the state of that person's own
 * records rather than by the builder: a team member accepting an invitation is a member already,
 * the client's and operator's invitations are revoked and expired (see the fixture), a client or
 * team member cannot join the portal again. Some outcomes are allowed by state: see the operator below.
 */
const refusedByState: Record<string, Partial<Record<Person, Outcome>>> = {
  'invitations.accept': {
    client: 'CONFLICT',
    staff: 'CONFLICT',
    admin: 'CONFLICT',
    owner: 'CONFLICT',
    operator: 'CONFLICT',
  },
  'portal.join': { client: 'CONFLICT', staff: 'CONFLICT', admin: 'CONFLICT', owner: 'CONFLICT' },
  // Billing with no processor and no connected account: the client's booking is paid already (no
  // deposit), no card or plan exists, the business cannot take cards yet (cards, invoices), and
  // onboarding needs Stripe.
  'billing.startBookingCheckout': { client: 'CONFLICT' },
  'billing.startCardSetup': { client: 'CONFLICT' },
  'billing.payInvoice': { client: 'CONFLICT' },
  'billing.removeCard': { client: 'NOT_FOUND' },
  'billing.setDefaultCard': { client: 'NOT_FOUND' },
  'billing.subscribe': { client: 'NOT_FOUND' },
  'billing.cancelSubscription': { client: 'NOT_FOUND' },
  'staff.billing.startOnboarding': { owner: 'SERVICE_UNAVAILABLE' },
  // Paths run in sorted order, and the operator joined the portal at portal.join: a client
  // procedure sorted after it admits them as the client they now are.
  'push.isSubscribed': { operator: 'allowed' },
  'push.subscribe': { operator: 'allowed' },
  'push.unsubscribe': { operator: 'allowed' },
}

/** Tenant procedures are served on the tenant's subdomain, the operator console and onboarding on the root domain. */
const hostFor = (access: ProcedureAccess, f: MatrixFixture) =>
  access.kind === 'operator' || access.kind === 'rootPublic' || (access.kind === 'signedIn' && access.host === 'root')
    ? rootDomain
    : hostOf(f.a.slug)

const accessOf = (path: string): ProcedureAccess => {
  const access = procedureAccess(metaOf(procedures[path]))
  if (!access) throw new Error(`${path} declares no access: build it with a builder of src/procedures.ts`)
  return access
}

let db: TestDatabase<MatrixFixture>
beforeAll(async () => {
  db = await createTestDatabase(matrixFixture)
})
afterAll(async () => db.close())

describe('role matrix', () => {
  it('has a call for every procedure of the app router, and none for procedures that do not exist', () => {
    const missing = procedurePaths.filter((path) => !(path in calls))
    const stale = Object.keys(calls).filter((path) => !procedurePaths.includes(path))
    expect(missing, `procedures without a role-matrix call: ${missing.join(', ')}`).toEqual([])
    expect(stale, `calls for unknown procedures: ${stale.join(', ')}`).toEqual([])
  })

  it('reads a declared access for every procedure', () => {
    for (const path of procedurePaths) expect(() => accessOf(path), path).not.toThrow()
  })

  it('sees the team roles apart where the matrix does', () => {
    // Guards the expectation itself: a staff member may not delete a client, an admin may.
    const staffDelete = expectedOutcome({ kind: 'staff', permission: 'clients.delete' }, 'staff')
    const adminDelete = expectedOutcome({ kind: 'staff', permission: 'clients.delete' }, 'admin')
    expect([staffDelete, adminDelete]).toEqual(['FORBIDDEN', 'allowed'])
  })

  describe.each(procedurePaths)('%s', (path) => {
    it.each(people)('as %s', async (person) => {
      const call = calls[path]
      if (!call) throw new Error(`no role-matrix call for ${path}`)
      const f = db.data
      const access = accessOf(path)
      const expected = refusedByState[path]?.[person] ?? expectedOutcome(access, person)
      const caller = await callerFor(db.app, { host: hostFor(access, f), ...identityOf(f, person) })
      const outcome = await call(caller, f, person).then(
        (): string => 'allowed',
        (error: unknown) => {
          if (!(error instanceof TRPCError)) throw error
          return error.code
        },
      )
      expect(outcome, `${path} as ${person}`).toBe(expected)
    })
  })
})

describe('sensitive procedures', () => {
  const sensitivePaths = procedurePaths.filter((path) => {
    const access = accessOf(path)
    return 'permission' in access && isSensitiveAction(access.permission)
  })

  it('include deleting a client and changing the team', () => {
    expect(sensitivePaths).toEqual(
      expect.arrayContaining(['staff.clients.delete', 'staff.team.changeRole', 'staff.team.remove']),
    )
  })

  describe.each(sensitivePaths)('%s', (path) => {
    const allowedPeople = people.filter((person) => expectedOutcome(accessOf(path), person) === 'allowed')
    it.each(allowedPeople.flatMap((person) => [[person, undefined] as const, [person, 10] as const]))(
      'refuses %s whose second factor age is %s with SECOND_FACTOR_REQUIRED, changing nothing',
      async (person, age) => {
        const call = calls[path]
        if (!call) throw new Error(`no role-matrix call for ${path}`)
        const f = db.data
        const caller = await callerFor(db.app, {
          host: hostFor(accessOf(path), f),
          ...userOf(f, person),
          secondFactorAgeMinutes: age,
          acceptLanguage: 'en',
        })
        const error = await call(caller, f, person).then(
          () => null,
          (refusal: unknown) => refusal,
        )
        expect(error, `${path} as ${person} without a fresh second factor`).toBeInstanceOf(TRPCError)
        expect(error).toMatchObject({ code: 'FORBIDDEN', cause: { code: 'SECOND_FACTOR_REQUIRED' } })
        expect((error as TRPCError).message).toMatch(/enter the code we send to your email/)
      },
    )
  })
})
