import { smsOutbox } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listLocalSms } from '../src'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

describe('listLocalSms', () => {
  it('lists the queued text messages of every business for the dev mailbox, newest first', async () => {
    const { a, b } = db.data
    for (const [tenantId, body] of [
      [a.id, 'Rappel : piscine demain à 9 h'],
      [b.id, 'Reminder: clinic tomorrow at 2:00 p.m.'],
    ] as const) {
      await db.app.withTenant({ actor: 'system', tenantId }, (tx) =>
        tx.insert(smsOutbox).values({
          tenantId,
          toPhone: '+15145550123',
          body,
          locale: 'fr',
          kind: 'booking-reminder',
          idempotencyKey: `sms:${tenantId}`,
          segments: 1,
        }),
      )
    }
    const texts = await listLocalSms(db.app)
    expect(texts.map((sms) => sms.body)).toEqual([
      'Reminder: clinic tomorrow at 2:00 p.m.',
      'Rappel : piscine demain à 9 h',
    ])
    expect(texts[0]).toMatchObject({ to: '+15145550123', segments: 1, status: 'pending', kind: 'booking-reminder' })
  })
})
