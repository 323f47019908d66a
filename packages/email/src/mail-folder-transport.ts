import { randomUUID } from 'node:crypto'
import { mkdir, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { MailAttachment } from '@portail/db/schema'
import type { MailTransport, OutgoingMail } from './transport'

/** One message as the folder holds it: `<outbox id>.json`, readable by a test or a person. */
export interface MailFile {
  id: string
  to: string
  kind: string
  subject: string
  text: string
  html: string | null
  /** The attached files (an .ics), as stored: none is []. */
  attachments: MailAttachment[]
  /** The extra headers (List-Unsubscribe…): none is {}. */
  headers: Record<string, string>
  /** When the relay handed it over (ISO 8601): later than the request that caused it. */
  deliveredAt: string
}

/**
 * The local transport that also leaves each message as a file in `dir` ("mail as files"), so a
 * process outside the server (the browser suite, a developer's editor) reads what was sent
 * without any HTTP route exposing the mailbox. The outbox row stays the record of the message.
 * Files are written whole (a temporary name, then a rename) and readable by this user only, as
 * they hold sign-in codes.
 */
export function createMailFolderTransport(dir: string, clock: () => Date = () => new Date()): MailTransport {
  return {
    name: 'local',
    async deliver(mail: OutgoingMail) {
      await mkdir(dir, { recursive: true, mode: 0o700 })
      const file: MailFile = {
        id: mail.id,
        to: mail.to,
        kind: mail.kind,
        subject: mail.subject,
        text: mail.text,
        html: mail.html,
        attachments: mail.attachments ?? [],
        headers: mail.headers ?? {},
        deliveredAt: clock().toISOString(),
      }
      const partial = join(dir, `.${mail.id}.${randomUUID()}.tmp`)
      await writeFile(partial, `${JSON.stringify(file, null, 2)}\n`, { mode: 0o600 })
      // The outbox id names the file: a message delivered again (a retried relay run) replaces itself.
      await rename(partial, join(dir, `${mail.id}.json`))
      return { ok: true, providerMessageId: null }
    },
  }
}
