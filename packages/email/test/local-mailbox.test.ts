import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutboxMailer, listLocalMailbox } from '../src'

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

describe('the dev mailbox listing', () => {
  it('shows every recipient’s mail, newest first, with its HTML body and delivery status', async () => {
    const mailer = createOutboxMailer(db.app)
    await mailer.send({
      to: 'ana@example.test',
      locale: 'fr',
      subject: 'Un',
      text: 'premier',
      kind: 'k',
      idempotencyKey: 'm-1',
    })
    await mailer.send({
      to: 'bob@example.test',
      locale: 'en',
      subject: 'Two',
      text: 'second',
      html: '<p>second</p>',
      kind: 'k',
      idempotencyKey: 'm-2',
    })
    const mailbox = await listLocalMailbox(db.app)
    expect(mailbox.map(({ to, subject, text, html, status }) => ({ to, subject, text, html, status }))).toEqual([
      { to: 'bob@example.test', subject: 'Two', text: 'second', html: '<p>second</p>', status: 'pending' },
      { to: 'ana@example.test', subject: 'Un', text: 'premier', html: null, status: 'pending' },
    ])
    expect(await listLocalMailbox(db.app, { limit: 1 })).toHaveLength(1)
  })
})
