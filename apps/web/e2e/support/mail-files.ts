import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { expect } from '@playwright/test'
import { e2eMailDir } from './env'

/** One mail as the server's mail-folder transport writes it (packages/email, MAIL_FILES_DIR). */
export interface MailFile {
  to: string
  kind: string
  subject: string
  text: string
  /** The rendered HTML part (React Email), null for a text-only mail. */
  html: string | null
  /** Attached files as stored (an .ics: base64 content); none is []. */
  attachments: { filename: string; contentType: string; contentBase64: string }[]
  deliveredAt: string
}

export type MailKind =
  | 'sign-in-code'
  | 'step-up-code'
  | 'staff-invitation'
  | 'booking-confirmed'
  | 'booking-staff-notice'
  | 'booking-cancelled'
  | 'booking-reminder'

export async function readMailFolder(): Promise<MailFile[]> {
  let names: string[]
  try {
    names = await readdir(e2eMailDir())
  } catch (error) {
    // No mail delivered yet: the server creates the folder with the first one.
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
    throw error
  }
  // A file being written has a dot name until it is renamed whole.
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.'))
  return Promise.all(
    files.map(async (name) => JSON.parse(await readFile(join(e2eMailDir(), name), 'utf8')) as MailFile),
  )
}

/**
 * The mail of `kind` sent to `to` since `since` (taken just before the click that asks for it),
 * waiting for the server's relay, which hands mail over every few seconds. Earlier mail to the
 * same person (another spec's code) is never mistaken for it.
 */
export async function mailSince(to: string, kind: MailKind, since: Date): Promise<MailFile> {
  const address = to.toLowerCase()
  let found: MailFile | undefined
  await expect
    .poll(
      async () => {
        const mails = (await readMailFolder())
          .filter(
            (mail) => mail.to === address && mail.kind === kind && Date.parse(mail.deliveredAt) >= since.getTime(),
          )
          .sort((a, b) => Date.parse(b.deliveredAt) - Date.parse(a.deliveredAt))
        found = mails[0]
        return found !== undefined
      },
      { message: `a ${kind} mail to ${to} in ${e2eMailDir()}`, timeout: 30_000, intervals: [250, 500, 1000] },
    )
    .toBe(true)
  if (!found) throw new Error(`no ${kind} mail to ${to}`)
  return found
}

/** The six-digit code of a sign-in or step-up mail (its subject leads with it). */
export async function codeSince(to: string, kind: 'sign-in-code' | 'step-up-code', since: Date): Promise<string> {
  const mail = await mailSince(to, kind, since)
  const code = /\b\d{6}\b/.exec(mail.subject)?.[0] ?? /\b\d{6}\b/.exec(mail.text)?.[0]
  expect(code, `a six-digit code in “${mail.subject}”`).toMatch(/^\d{6}$/)
  return code ?? ''
}

/** The first link of a mail (an invitation's). */
export async function linkSince(to: string, kind: MailKind, since: Date): Promise<string> {
  const mail = await mailSince(to, kind, since)
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0]
  expect(link, `a link in the ${kind} mail to ${to}`).toBeDefined()
  return link ?? ''
}
