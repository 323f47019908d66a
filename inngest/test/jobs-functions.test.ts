import { InngestTestEngine } from '@inngest/test'
import { embeddedOrganizationDirectory, type OrganizationDirectory } from '@portail/core/tenants'
import type { BookingSnapshot } from '@portail/db/schema'
import { bookings, eventOutbox, mailOutbox, signInCodes, tenants, users } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { type MailTransport, type OutgoingMail } from '@portail/email/relay'
import { type EventSink, platformTenantId, sendEvent, setEventSink, type WorkflowEvent } from '@portail/events'
import { type OutgoingSms, queueSms, type SmsTransport } from '@portail/notifications'
import { and, eq, sql } from 'drizzle-orm'
import { createHash } from 'node:crypto'
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest'
import { type JobDeps, setJobDeps } from '../src/functions/jobs/job-deps'
import { purgeExpiredIdentityRowsFunction } from '../src/functions/jobs/purge-expired-identity-rows'
import { relayMailFunction } from '../src/functions/jobs/relay-mail'
import { relayOutboxFunction } from '../src/functions/jobs/relay-outbox'
import { relaySmsFunction } from '../src/functions/jobs/relay-sms'
import { releaseExpiredHoldsFunction } from '../src/functions/jobs/release-expired-holds'
import { mirrorOrganizationMember } from '../src/functions/team/mirror-organization-member'

interface Fixture extends TwoTenantFixture {
  expiredHoldId: string
  liveHoldId: string
  codeUserId: string
}

const minute = 60_000
const hour = 60 * minute
const snapshot: BookingSnapshot = {
  service: { nameFr: 'Entretien', nameEn: 'Maintenance', durationMinutes: 60, priceCents: 12000, currency: 'CAD' },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 1 },
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(async (admin) => {
    const f = await twoTenantFixture(admin)
    // Business A is a Clerk organization (the identity provider sync sets this in production).
    await admin.db.update(tenants).set({ clerkOrgId: 'org_alpha' }).where(eq(tenants.id, f.a.id))
    const hold = async (start: number, holdExpiresAt: Date, key: string) => {
      const [row] = await admin.db
        .insert(bookings)
        .values({
          tenantId: f.a.id,
          clientId: f.a.clientId,
          membershipId: f.a.staffMembershipId,
          serviceId: f.a.serviceId,
          startsAt: new Date(start),
          endsAt: new Date(start + hour),
          bufferBeforeMinutes: 0,
          bufferAfterMinutes: 0,
          blockedFrom: new Date(start),
          blockedUntil: new Date(start + hour),
          status: 'pending_payment',
          holdExpiresAt,
          priceCents: 12000,
          snapshot,
          locale: 'fr',
          idempotencyKey: key,
        })
        .returning({ id: bookings.id })
      if (!row) throw new Error('hold not inserted')
      return row.id
    }
    const tomorrow = Date.now() + 24 * hour
    const [codeUser] = await admin.db
      .insert(users)
      .values({ externalId: 'dev:purge@example.test', email: 'purge@example.test', name: 'Purge' })
      .returning({ id: users.id })
    if (!codeUser) throw new Error('user not inserted')
    return {
      ...f,
      expiredHoldId: await hold(tomorrow, new Date(Date.now() - minute), 'hold-expired-1'),
      liveHoldId: await hold(tomorrow + 3 * hour, new Date(Date.now() + 30 * minute), 'hold-live-1'),
      codeUserId: codeUser.id,
    }
  })
})
afterAll(async () => db.close())

/** The sink the outbox relay sends to, recording what it accepted. */
const accepted: WorkflowEvent[] = []
const recordingSink: EventSink = {
  send: (events) => {
    accepted.push(...events)
    return Promise.resolve()
  },
}
const delivered: OutgoingMail[] = []
const recordingTransport: MailTransport = {
  name: 'local',
  deliver: (mail) => {
    delivered.push(mail)
    return Promise.resolve({ ok: true, providerMessageId: null })
  },
}
const deps = (patch: Partial<JobDeps> = {}): JobDeps => ({
  database: db.app,
  mailTransport: recordingTransport,
  organizations: embeddedOrganizationDirectory,
  ...patch,
})
afterEach(() => {
  setJobDeps(null)
  setEventSink(null)
  accepted.length = 0
  delivered.length = 0
})

const cronTick = [{ name: 'inngest/scheduled.timer', data: { cron: '* * * * *' } }] as [
  WorkflowEvent & { name: string },
]
const nudged = (name: string) =>
  [{ name, data: { tenantId: platformTenantId } }] as [{ name: string; data: Record<string, unknown> }]

describe('relay-outbox', () => {
  it('on a nudge, delivers what was committed to the wired sink', async () => {
    setJobDeps(deps())
    setEventSink(recordingSink)
    await db.app.withTenant({ actor: 'system', tenantId: db.data.b.id }, (tx) =>
      sendEvent(tx, db.data.b.id, {
        name: 'booking/no-show',
        payload: {
          bookingId: '01900000-0000-7000-8000-0000000000aa',
          clientId: db.data.b.clientId,
          staffId: db.data.b.staffMembershipId,
          start: '2026-12-20T15:00:00.000Z',
        },
      }),
    )
    const { result } = await new InngestTestEngine({
      function: relayOutboxFunction,
      events: nudged('outbox/queued'),
    }).execute()
    expect(result).toMatchObject({ delivered: 1, retrying: 0, more: false })
    expect(accepted).toMatchObject([{ name: 'booking/no-show', data: { tenantId: db.data.b.id } }])
  })

  it('runs every minute and on the outbox nudge', () => {
    expect(relayOutboxFunction.opts.triggers).toEqual([{ cron: '* * * * *' }, { event: 'outbox/queued' }])
  })

  it('continues a backlog in a run of its own, and stops when none is left', async () => {
    const withBacklog = new InngestTestEngine({
      function: relayOutboxFunction,
      events: cronTick,
      steps: [
        { id: 'relay', handler: () => ({ delivered: 1000, retrying: 0, more: true }) },
        { id: 'continue', handler: () => ({ ids: ['x'] }) },
      ],
    })
    const { ctx } = await withBacklog.execute()
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('continue', {
      name: 'outbox/queued',
      data: { tenantId: platformTenantId },
    })
    const done = new InngestTestEngine({
      function: relayOutboxFunction,
      events: cronTick,
      steps: [{ id: 'relay', handler: () => ({ delivered: 3, retrying: 0, more: false }) }],
    })
    const finished = await done.execute()
    expect(finished.ctx.step.sendEvent).not.toHaveBeenCalled()
    expect(finished.result).toEqual({ delivered: 3, retrying: 0, more: false })
  })

  it('fails for good when no sink is wired (retrying would not help)', async () => {
    setJobDeps(deps())
    const { error } = await new InngestTestEngine({ function: relayOutboxFunction, events: cronTick }).execute()
    expect(error).toMatchObject({
      name: 'NonRetriableError',
      message: expect.stringMatching(/no workflow event sink/) as string,
    })
  })
})

describe('relay-mail', () => {
  it('on the mail nudge, sends what mail_outbox holds through the transport, once', async () => {
    setJobDeps(deps())
    await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.insert(mailOutbox).values({
        toAddress: 'someone@example.test',
        locale: 'fr',
        subject: '123456 est votre code de connexion Portail',
        textBody: 'Votre code : 123456',
        kind: 'sign-in-code',
        idempotencyKey: 'jobs-functions-mail-1',
      }),
    )
    const first = await new InngestTestEngine({ function: relayMailFunction, events: nudged('mail/queued') }).execute()
    expect(first.result).toEqual({ sent: 1, retrying: 0, failed: 0 })
    expect(delivered).toMatchObject([
      { to: 'someone@example.test', kind: 'sign-in-code', subject: '123456 est votre code de connexion Portail' },
    ])
    const again = await new InngestTestEngine({ function: relayMailFunction, events: cronTick }).execute()
    expect(again.result).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(delivered).toHaveLength(1)
  })

  it('runs every minute and on the mail nudge; a full batch is continued', async () => {
    expect(relayMailFunction.opts.triggers).toEqual([{ cron: '* * * * *' }, { event: 'mail/queued' }])
    const { ctx } = await new InngestTestEngine({
      function: relayMailFunction,
      events: cronTick,
      steps: [
        { id: 'deliver', handler: () => ({ sent: 18, retrying: 1, failed: 1 }) },
        { id: 'continue', handler: () => ({ ids: ['x'] }) },
      ],
    }).execute()
    expect(ctx.step.sendEvent).toHaveBeenCalledWith('continue', {
      name: 'mail/queued',
      data: { tenantId: platformTenantId },
    })
  })
})

describe('relay-sms', () => {
  it('on the SMS nudge, sends what sms_outbox holds through the transport, once', async () => {
    const texts: OutgoingSms[] = []
    const smsTransport: SmsTransport = {
      name: 'twilio',
      send: (sms) => {
        texts.push(sms)
        return Promise.resolve({ ok: true, providerMessageId: 'SM-test-1' })
      },
    }
    setJobDeps(deps({ smsTransport }))
    await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      queueSms(tx, {
        tenantId: db.data.a.id,
        toPhone: '+15145550177',
        body: 'Rappel : demain 10 h',
        locale: 'fr',
        kind: 'booking-reminder',
        idempotencyKey: 'jobs-functions-sms-1',
        deliveryId: '01900000-0000-7000-8000-0000000000bb',
        segments: 1,
      }),
    )
    const first = await new InngestTestEngine({ function: relaySmsFunction, events: nudged('sms/queued') }).execute()
    expect(first.result).toEqual({ sent: 1, retrying: 0, failed: 0 })
    expect(texts).toMatchObject([{ to: '+15145550177', body: 'Rappel : demain 10 h' }])
    const again = await new InngestTestEngine({ function: relaySmsFunction, events: cronTick }).execute()
    expect(again.result).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(relaySmsFunction.opts.triggers).toEqual([{ cron: '* * * * *' }, { event: 'sms/queued' }])
  })
})

describe('release-expired-holds', () => {
  it('releases the expired unpaid hold (announced as cancelled by the system), keeps the live one, and finds nothing the next minute', async () => {
    setJobDeps(deps())
    const first = await new InngestTestEngine({ function: releaseExpiredHoldsFunction, events: cronTick }).execute()
    expect(first.result).toEqual({ released: 1 })
    const statusOf = (id: string) =>
      db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, async (tx) => {
        const [row] = await tx
          .select({ status: bookings.status })
          .from(bookings)
          .where(and(eq(bookings.tenantId, db.data.a.id), eq(bookings.id, id)))
        return row?.status
      })
    expect(await statusOf(db.data.expiredHoldId)).toBe('cancelled')
    expect(await statusOf(db.data.liveHoldId)).toBe('pending_payment')
    const events = await db.app.withTenant({ actor: 'system', tenantId: db.data.a.id }, (tx) =>
      tx
        .select({ name: eventOutbox.name, payload: eventOutbox.payload })
        .from(eventOutbox)
        .where(sql`${eventOutbox.payload}->>'bookingId' = ${db.data.expiredHoldId}`),
    )
    expect(events).toMatchObject([{ name: 'booking/cancelled', payload: { by: 'system', feeCents: 0 } }])
    const next = await new InngestTestEngine({ function: releaseExpiredHoldsFunction, events: cronTick }).execute()
    expect(next.result).toEqual({ released: 0 })
  })
})

describe('purge-expired-identity-rows', () => {
  it('deletes a code a day past its expiry, keeps a live one, and is a no-op run again', async () => {
    setJobDeps(deps())
    const code = (label: string, expiresAt: Date) => ({
      userId: db.data.codeUserId,
      email: 'purge@example.test',
      codeHash: createHash('sha256').update(label).digest('hex'),
      expiresAt,
    })
    await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx
        .insert(signInCodes)
        .values([code('old', new Date(Date.now() - 25 * hour)), code('live', new Date(Date.now() + 10 * minute))]),
    )
    const first = await new InngestTestEngine({
      function: purgeExpiredIdentityRowsFunction,
      events: cronTick,
    }).execute()
    expect(first.result).toMatchObject({ signInCodes: 1 })
    const left = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx.select({ id: signInCodes.id }).from(signInCodes).where(eq(signInCodes.email, 'purge@example.test')),
    )
    expect(left).toHaveLength(1)
    const again = await new InngestTestEngine({
      function: purgeExpiredIdentityRowsFunction,
      events: cronTick,
    }).execute()
    expect(again.result).toMatchObject({ signInCodes: 0 })
  })
})

describe('mirror-organization-member', () => {
  const changed = () =>
    [
      {
        name: 'team/member-changed',
        data: { tenantId: db.data.a.id, userId: db.data.a.staffUserId, change: 'roleChanged' },
      },
    ] as [{ name: string; data: Record<string, unknown> }]
  const directory = (calls: string[], fail = false): OrganizationDirectory => ({
    ...embeddedOrganizationDirectory,
    updateMemberRole: ({ orgId, userId, role }) => {
      calls.push(`role ${orgId} ${userId} ${role}`)
      return fail ? Promise.reject(new Error('Clerk is down')) : Promise.resolve()
    },
  })

  it("gives the member their current role in the business's organization", async () => {
    const calls: string[] = []
    setJobDeps(deps({ organizations: directory(calls) }))
    const { result } = await new InngestTestEngine({ function: mirrorOrganizationMember, events: changed() }).execute()
    expect(result).toEqual({ mirrored: 'updated' })
    expect(calls).toEqual([`role org_alpha ${db.data.a.staffUserId} staff`])
  })

  it('fails the step while the provider is down, so the run is retried (10 times, with backoff)', async () => {
    const calls: string[] = []
    setJobDeps(deps({ organizations: directory(calls, true) }))
    const { error } = await new InngestTestEngine({ function: mirrorOrganizationMember, events: changed() }).execute()
    expect(error).toMatchObject({ message: 'Clerk is down' })
    expect(calls).toHaveLength(1)
    expect(mirrorOrganizationMember.opts.retries).toBe(10)
  })
})
