import type { Database } from '@portail/db'
import { mailOutbox } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { asc, sql } from 'drizzle-orm'
import { afterAll, beforeEach, describe, expect, it } from 'vitest'
import { createOutboxMailer, readLocalMailbox } from '../src'
import {
  deliverPendingMail,
  type DeliveryResult,
  localTransport,
  type MailTransport,
  type OutgoingMail,
} from '../src/relay'

let db: TestDatabase<null>
beforeEach(async () => {
  await db?.close()
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const queue = async (database: Database, ...recipients: string[]) => {
  const mailer = createOutboxMailer(database)
  for (const to of recipients)
    await mailer.send({ to, locale: 'fr', subject: `Pour ${to}`, text: 'texte', kind: 'test', idempotencyKey: to })
}

const outbox = () =>
  db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
    tx.select().from(mailOutbox).orderBy(asc(mailOutbox.toAddress)),
  )

/** A transport that answers from a script per recipient and remembers every attempt. */
function scriptedTransport(script: (mail: OutgoingMail) => DeliveryResult) {
  const attempts: OutgoingMail[] = []
  const transport: MailTransport = {
    name: 'resend',
    deliver: (mail) => {
      attempts.push(mail)
      return Promise.resolve(script(mail))
    },
  }
  return { transport, attempts }
}

/** A promise and the function that settles it, for tests that wait on an event rather than a delay. */
function signal() {
  let fire: () => void = () => undefined
  const fired = new Promise<void>((resolve) => {
    fire = resolve
  })
  return { fire, fired }
}

const minutes = (base: Date, n: number) => new Date(base.getTime() + n * 60_000)

describe('deliverPendingMail', () => {
  it('on embedded defaults marks mail delivered and leaves it in the local mailbox', async () => {
    await queue(db.app, 'ana@example.test', 'bob@example.test')
    expect(await deliverPendingMail(db.app, localTransport)).toEqual({ sent: 2, retrying: 0, failed: 0 })
    expect((await outbox()).map((row) => [row.status, row.attempts])).toEqual([
      ['sent', 1],
      ['sent', 1],
    ])
    expect(await readLocalMailbox(db.app, 'ana@example.test')).toHaveLength(1)
    expect(await deliverPendingMail(db.app, localTransport)).toEqual({ sent: 0, retrying: 0, failed: 0 })
  })

  it('counts a message queued earlier in the same millisecond as due (the clock has milliseconds, Postgres microseconds)', async () => {
    await queue(db.app, 'ana@example.test')
    // Queued at 12:00:00.000500, the relay's clock reading 12:00:00.000 a moment later.
    await db.app.withTenant({ actor: 'mailRelay', tenantId: null }, (tx) =>
      tx.update(mailOutbox).set({ nextAttemptAt: sql`'2026-12-07T12:00:00.000500Z'::timestamptz` }),
    )
    const now = () => new Date('2026-12-07T12:00:00.000Z')
    expect(await deliverPendingMail(db.app, localTransport, { now })).toEqual({ sent: 1, retrying: 0, failed: 0 })
  })

  it('sends each message with its outbox id as idempotency key and records the provider id', async () => {
    await queue(db.app, 'ana@example.test')
    const { transport, attempts } = scriptedTransport((mail) => ({ ok: true, providerMessageId: `re_${mail.to}` }))
    await deliverPendingMail(db.app, transport)
    const [row] = await outbox()
    expect(attempts.map((mail) => mail.id)).toEqual([row?.id])
    expect(row).toMatchObject({ status: 'sent', providerMessageId: 're_ana@example.test', lastError: null })
    expect(row?.sentAt).toBeInstanceOf(Date)
  })

  it('gives up at once on a permanent refusal, keeping the message and the reason', async () => {
    await queue(db.app, 'bad@example.test')
    const { transport } = scriptedTransport(() => ({
      ok: false,
      permanent: true,
      error: 'resend 422 validation_error',
    }))
    expect(await deliverPendingMail(db.app, transport)).toEqual({ sent: 0, retrying: 0, failed: 1 })
    expect(await outbox()).toMatchObject([
      { status: 'failed', attempts: 1, lastError: 'resend 422 validation_error', subject: 'Pour bad@example.test' },
    ])
  })

  it('retries a transient failure after a growing delay, then succeeds, and fails for good after the last attempt', async () => {
    await queue(db.app, 'flaky@example.test', 'down@example.test')
    // A second after queueing, for the reason given in the test of two relays below: a "now" taken
    // in the millisecond of the last insert could find that row not yet due.
    const start = new Date(Date.now() + 1000)
    let flakyCalls = 0
    const { transport, attempts } = scriptedTransport((mail) => {
      if (mail.to === 'flaky@example.test' && ++flakyCalls === 2) return { ok: true, providerMessageId: 'p' }
      return { ok: false, permanent: false, error: 'resend 503 internal_server_error' }
    })
    const relay = (at: Date) => deliverPendingMail(db.app, transport, { now: () => at, maxAttempts: 3 })

    expect(await relay(start)).toEqual({ sent: 0, retrying: 2, failed: 0 })
    expect(await relay(minutes(start, 0.5))).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(await relay(minutes(start, 1.1))).toEqual({ sent: 1, retrying: 1, failed: 0 })
    // The second retry waits 2 minutes after the second attempt.
    expect(await relay(minutes(start, 2))).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(await relay(minutes(start, 3.2))).toEqual({ sent: 0, retrying: 0, failed: 1 })
    expect(attempts.map((mail) => mail.to)).toEqual([
      'flaky@example.test',
      'down@example.test',
      'flaky@example.test',
      'down@example.test',
      'down@example.test',
    ])
    expect((await outbox()).map((row) => [row.toAddress, row.status, row.attempts])).toEqual([
      ['down@example.test', 'failed', 3],
      ['flaky@example.test', 'sent', 2],
    ])
  })

  it('counts a transport that throws as a failure to retry, and never loses the message', async () => {
    await queue(db.app, 'ana@example.test')
    const throwing: MailTransport = { name: 'resend', deliver: () => Promise.reject(new Error('socket hang up')) }
    expect(await deliverPendingMail(db.app, throwing)).toEqual({ sent: 0, retrying: 1, failed: 0 })
    expect(await outbox()).toMatchObject([
      { status: 'pending', attempts: 1, lastError: 'resend: Error: socket hang up' },
    ])
  })

  it('lets two relays running at once send each message once', async () => {
    await queue(db.app, 'a@example.test', 'b@example.test', 'c@example.test')
    // Each delivery is held until both relays have one in flight (or one relay has finished, so a
    // relay that claimed nothing cannot hang the test): the second relay claims while the first
    // still holds its messages unsent, the moment a missing lease would let it take them too.
    const bothInFlight = signal()
    let arrived = 0
    const arrive = () => {
      arrived += 1
      if (arrived >= 2) bothInFlight.fire()
    }
    let inFlight = 0
    let peakInFlight = 0
    const attempts: string[] = []
    const transport: MailTransport = {
      name: 'resend',
      deliver: async (mail) => {
        attempts.push(mail.to)
        inFlight += 1
        peakInFlight = Math.max(peakInFlight, inFlight)
        arrive()
        await bothInFlight.fired
        inFlight -= 1
        return { ok: true, providerMessageId: null }
      },
    }
    // A second after queueing: the outbox stamps rows in microseconds and a JS clock in milliseconds,
    // so "now" taken in the same millisecond could find the last row not yet due.
    const later = () => new Date(Date.now() + 1000)
    const relay = () => deliverPendingMail(db.app, transport, { batch: 2, now: later }).finally(arrive)
    const runs = await Promise.all([relay(), relay()])
    expect(peakInFlight).toBe(2)
    expect(runs.map((run) => run.sent).sort()).toEqual([1, 2])
    expect(attempts.sort()).toEqual(['a@example.test', 'b@example.test', 'c@example.test'])
  })

  it('takes a claimed message again only once its lease ran out (a relay that died mid-way)', async () => {
    await queue(db.app, 'ana@example.test')
    // A second after queueing, as above.
    const start = new Date(Date.now() + 1000)
    // A relay claims the message, then dies before recording anything: simulated by a claim whose
    // delivery never returns within the test. The transport is called only once the claim has
    // committed, so its call is the moment to go on.
    const claimed = signal()
    const hanging: MailTransport = {
      name: 'resend',
      deliver: () => {
        claimed.fire()
        return new Promise<DeliveryResult>(() => undefined)
      },
    }
    void deliverPendingMail(db.app, hanging, { now: () => start, leaseSeconds: 300 })
    await claimed.fired
    const { transport, attempts } = scriptedTransport(() => ({ ok: true, providerMessageId: null }))
    expect((await deliverPendingMail(db.app, transport, { now: () => minutes(start, 4) })).sent).toBe(0)
    expect((await deliverPendingMail(db.app, transport, { now: () => minutes(start, 6) })).sent).toBe(1)
    expect(attempts).toHaveLength(1)
    expect((await outbox())[0]).toMatchObject({ status: 'sent', attempts: 2 })
  })
})
