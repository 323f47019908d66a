import { randomUUID } from 'node:crypto'
import { mailOutbox } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { listLocalMailbox, portailEmailBrand, queueMail, renderEmail } from '../src'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

describe('queueMail', () => {
  it('stores the rendered HTML and text, the .ics attachment, the headers and the delivery id in the caller’s transaction', async () => {
    const { a } = db.data
    const rendered = await renderEmail(
      'sign-in-code',
      { code: '314159', validMinutes: 10 },
      {
        locale: 'en',
        brand: portailEmailBrand,
      },
    )
    const ics = { filename: 'appointment.ics', contentType: 'text/calendar; method=REQUEST', contentBase64: 'QkVHSU4=' }
    const headers = { 'List-Unsubscribe': '<https://a.portail.test/api/unsubscribe?token=x.y>' }
    const deliveryId = randomUUID()
    await db.app.withTenant({ actor: 'system', tenantId: a.id }, (tx) =>
      queueMail(tx, {
        to: 'queued@example.test',
        locale: 'en',
        subject: rendered.subject,
        text: rendered.text,
        html: rendered.html,
        attachments: [ics],
        headers,
        deliveryId,
        kind: 'booking-confirmed',
        tenantId: a.id,
        idempotencyKey: `test:${deliveryId}`,
      }),
    )
    const [stored] = (await listLocalMailbox(db.app)).filter((mail) => mail.to === 'queued@example.test')
    expect(stored).toMatchObject({
      subject: '314159 is your Portail sign-in code',
      text: rendered.text,
      html: rendered.html,
      attachments: [ics],
      headers,
      tenantId: a.id,
      status: 'pending',
    })
    const [row] = await db.app.withTenant({ actor: 'identity', tenantId: null }, (tx) =>
      tx
        .select({ deliveryId: mailOutbox.deliveryId })
        .from(mailOutbox)
        .where(eq(mailOutbox.toAddress, 'queued@example.test')),
    )
    expect(row?.deliveryId).toBe(deliveryId)
  })

  it('writes nothing when the caller’s transaction rolls back', async () => {
    const { a } = db.data
    await expect(
      db.app.withTenant({ actor: 'system', tenantId: a.id }, async (tx) => {
        await queueMail(tx, {
          to: 'rolled-back@example.test',
          locale: 'fr',
          subject: 'x',
          text: 'x',
          kind: 'booking-confirmed',
          tenantId: a.id,
          idempotencyKey: `test:${randomUUID()}`,
        })
        throw new Error('the change it announced failed')
      }),
    ).rejects.toThrow('the change it announced failed')
    expect((await listLocalMailbox(db.app)).filter((mail) => mail.to === 'rolled-back@example.test')).toEqual([])
  })
})
