import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutboxMailer, readLocalMailbox } from '../src'

let db: TestDatabase<null>
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
})
afterAll(async () => db.close())

describe('the outbox mailer', () => {
  it('puts each message in the local mailbox of its recipient, newest first', async () => {
    const mailer = createOutboxMailer(db.app)
    await mailer.send({
      to: 'ana@example.test',
      locale: 'fr',
      subject: 'Un',
      text: 'premier',
      kind: 'sign-in-code',
      idempotencyKey: 'a-1',
    })
    await mailer.send({
      to: 'ana@example.test',
      locale: 'en',
      subject: 'Two',
      text: 'second',
      kind: 'notice',
      idempotencyKey: 'a-2',
    })
    await mailer.send({
      to: 'bob@example.test',
      locale: 'fr',
      subject: 'Autre',
      text: 'x',
      kind: 'sign-in-code',
      idempotencyKey: 'b-1',
    })
    const inbox = await readLocalMailbox(db.app, 'ana@example.test')
    expect(inbox.map((mail) => mail.subject)).toEqual(['Two', 'Un'])
    expect(
      (await readLocalMailbox(db.app, 'ana@example.test', { kind: 'sign-in-code' })).map((mail) => mail.text),
    ).toEqual(['premier'])
  })

  it('delivers a retried message once', async () => {
    const mailer = createOutboxMailer(db.app)
    const message = {
      to: 'carl@example.test',
      locale: 'en',
      subject: 'Once',
      text: 'once',
      kind: 'notice',
      idempotencyKey: 'c-1',
    } as const
    await mailer.send(message)
    await mailer.send(message)
    expect(await readLocalMailbox(db.app, 'carl@example.test')).toHaveLength(1)
  })

  it('tells its observer about each stored message, after it is stored', async () => {
    const seen: string[] = []
    const mailer = createOutboxMailer(db.app, {
      onDelivered: (message) => seen.push(`${message.to} ${message.subject}`),
    })
    await mailer.send({
      to: 'eve@example.test',
      locale: 'fr',
      subject: 'Code 123456',
      text: 't',
      kind: 'sign-in-code',
      idempotencyKey: 'e-1',
    })
    expect(seen).toEqual(['eve@example.test Code 123456'])
    expect((await readLocalMailbox(db.app, 'eve@example.test')).map((mail) => mail.subject)).toEqual(['Code 123456'])
  })
})
