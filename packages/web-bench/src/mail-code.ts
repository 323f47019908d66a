import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'
import { z } from 'zod'

/** The part of a mail file (packages/email, MAIL_FILES_DIR) the bench reads. */
const mailFile = z.object({ to: z.string(), kind: z.string(), subject: z.string(), deliveredAt: z.string() })
export type MailFile = z.infer<typeof mailFile>

/**
 * The six-digit code of the newest sign-in mail to `to` delivered at or after `since`, or null.
 * An older code to the same address (an earlier run's) is never taken for it.
 */
export function newestSignInCode(mails: MailFile[], to: string, since: Date): string | null {
  const address = to.toLowerCase()
  const newest = mails
    .filter(
      (mail) => mail.to === address && mail.kind === 'sign-in-code' && Date.parse(mail.deliveredAt) >= since.getTime(),
    )
    .sort((a, b) => Date.parse(b.deliveredAt) - Date.parse(a.deliveredAt))[0]
  return newest ? (/\b\d{6}\b/.exec(newest.subject)?.[0] ?? null) : null
}

/** Every whole mail file of the folder (a file being written has a dot name until it is renamed). */
export async function readMailFolder(dir: string): Promise<MailFile[]> {
  let names: string[]
  try {
    names = await readdir(dir)
  } catch (error) {
    // The server creates the folder with its first mail.
    if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
    throw error
  }
  const files = names.filter((name) => name.endsWith('.json') && !name.startsWith('.'))
  return Promise.all(files.map(async (name) => mailFile.parse(JSON.parse(await readFile(join(dir, name), 'utf8')))))
}
