import { mkdtemp, readdir, readFile, rm, stat } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { createTestDatabase, type TestDatabase } from '@portail/db/testing'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { createOutboxMailer } from '../src'
import { deliverPendingMail, type MailFile, mailTransportFromEnv } from '../src/relay'

let db: TestDatabase<null>
let root: string
beforeAll(async () => {
  db = await createTestDatabase(() => Promise.resolve(null))
  root = await mkdtemp(join(tmpdir(), 'portail-mail-files-'))
})
afterAll(async () => {
  await db.close()
  await rm(root, { recursive: true, force: true })
})

const readFolder = async (dir: string): Promise<MailFile[]> => {
  const names = (await readdir(dir)).sort()
  return Promise.all(names.map(async (name) => JSON.parse(await readFile(join(dir, name), 'utf8')) as MailFile))
}

describe('mail as files (MAIL_FILES_DIR)', () => {
  it('leaves each message the relay delivers in the folder, whole, once, readable by its owner only', async () => {
    const dir = join(root, 'mail')
    const transport = mailTransportFromEnv({ MAIL_FILES_DIR: dir })
    const mailer = createOutboxMailer(db.app)
    await mailer.send({
      to: 'ana@example.test',
      locale: 'fr',
      subject: 'Votre code : 123456',
      text: 'Code 123456',
      html: '<p>123456</p>',
      kind: 'sign-in-code',
      idempotencyKey: 'files-1',
    })
    await mailer.send({
      to: 'bob@example.test',
      locale: 'en',
      subject: 'Join the team',
      text: 'http://alpha.portail.test/en/invitations/abc',
      kind: 'staff-invitation',
      idempotencyKey: 'files-2',
    })
    const before = Date.now()
    expect(await deliverPendingMail(db.app, transport)).toEqual({ sent: 2, retrying: 0, failed: 0 })

    const files = await readFolder(dir)
    expect(files.map(({ to, kind, subject, html }) => ({ to, kind, subject, html }))).toEqual([
      { to: 'ana@example.test', kind: 'sign-in-code', subject: 'Votre code : 123456', html: '<p>123456</p>' },
      { to: 'bob@example.test', kind: 'staff-invitation', subject: 'Join the team', html: null },
    ])
    for (const file of files) expect(Date.parse(file.deliveredAt)).toBeGreaterThanOrEqual(before - 1000)
    // No temporary file left behind, and nobody else on the machine reads the codes.
    expect((await readdir(dir)).every((name) => name.endsWith('.json') && !name.startsWith('.'))).toBe(true)
    expect((await stat(dir)).mode & 0o077).toBe(0)
    for (const name of await readdir(dir)) expect((await stat(join(dir, name))).mode & 0o077).toBe(0)

    // Delivered mail is not delivered again.
    expect(await deliverPendingMail(db.app, transport)).toEqual({ sent: 0, retrying: 0, failed: 0 })
    expect(await readdir(dir)).toHaveLength(2)
  })
})
