// The demo's mailbox on the console: each mail the server writes to MAIL_FILES_DIR (sign-in and
// second-factor codes, invitations) printed once, as a person needs it.
import { readdir, readFile } from 'node:fs/promises'
import { join } from 'node:path'

/** The mails in `dir` not in `seen` yet (by file name), oldest first; `seen` is updated. */
export async function unseenMail(dir, seen) {
  let names
  try {
    names = await readdir(dir)
  } catch (error) {
    // No mail yet: the server creates the folder with the first one.
    if (error?.code === 'ENOENT') return []
    throw error
  }
  // A file being written has a dot name until it is renamed whole.
  const fresh = names.filter((name) => name.endsWith('.json') && !name.startsWith('.') && !seen.has(name))
  const mails = await Promise.all(
    fresh.map(async (name) => {
      seen.add(name)
      return JSON.parse(await readFile(join(dir, name), 'utf8'))
    }),
  )
  return mails.sort((a, b) => Date.parse(a.deliveredAt) - Date.parse(b.deliveredAt))
}

/** "mail to sophie@…: 123456 est votre code…", then the links the mail holds (invitations). */
export function mailLines(mail) {
  const links = [...new Set(String(mail.text ?? '').match(/https?:\/\/\S+/g) ?? [])]
  return [`mail to ${mail.to}: ${mail.subject}`, ...links.map((link) => `  ${link}`)]
}
