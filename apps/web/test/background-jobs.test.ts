import type { DeliveryResult, MailTransport, OutgoingMail } from '@portail/email/relay'
import { rateLimitBuckets, mailOutbox } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { createOutboxMailer } from '@portail/email'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startBackgroundJobs } from '../src/server/background-jobs'

/*
 * The web server's scheduler, as boot starts it: pending mail leaves within seconds through the
 * configured transport, and expired identity rows are purged from the first run.
 */
const identity = { actor: 'identity', tenantId: null } as const

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

const waitFor = async <T>(read: () => Promise<T>, done: (value: T) => boolean, ms = 15_000): Promise<T> => {
  const until = Date.now() + ms
  for (;;) {
    const value = await read()
    if (done(value) || Date.now() > until) return value
    await new Promise((resolve) => setTimeout(resolve, 200))
  }
}

describe('background jobs', () => {
  it('deliver queued mail through the transport and purge closed rate-limit windows, once per process', async () => {
    await createOutboxMailer(db.app).send({
      to: 'ana@example.test',
      locale: 'fr',
      subject: 'Bonjour',
      text: 'texte',
      kind: 'test',
      idempotencyKey: 'jobs-1',
    })
    await db.app.withTenant(identity, (tx) =>
      tx.insert(rateLimitBuckets).values({ key: 'closed', points: 1, expiresAt: new Date(Date.now() - 60_000) }),
    )
    const delivered: OutgoingMail[] = []
    const transport: MailTransport = {
      name: 'resend',
      deliver: (mail): Promise<DeliveryResult> => {
        delivered.push(mail)
        return Promise.resolve({ ok: true, providerMessageId: 're_1' })
      },
    }
    const jobs = startBackgroundJobs(db.app, transport)
    try {
      expect(startBackgroundJobs(db.app, transport)).toBe(jobs)
      const status = await waitFor(
        () => db.app.withTenant(identity, (tx) => tx.select({ status: mailOutbox.status }).from(mailOutbox)),
        (rows) => rows[0]?.status === 'sent',
      )
      expect(status).toEqual([{ status: 'sent' }])
      expect(delivered.map((mail) => mail.to)).toEqual(['ana@example.test'])
      const buckets = await waitFor(
        () => db.app.withTenant(identity, (tx) => tx.select().from(rateLimitBuckets)),
        (rows) => rows.length === 0,
      )
      expect(buckets).toEqual([])
    } finally {
      jobs.stop()
    }
  })
})
