import { isAbsolute } from 'node:path'
import { z } from 'zod'

/** How mail leaves: the local mailbox only (and, if asked, as files in a folder), or Resend. */
export type MailEnv =
  | {
      transport: 'local'
      /** MAIL_FILES_DIR: each delivered message is also written there as `<id>.json` (tests, tools). */
      filesDir?: string
    }
  | {
      transport: 'resend'
      apiKey: string
      /** The sender, `Portail <no-reply@portail.ca>` or a bare address on a domain verified at Resend. */
      from: string
      /** Resend's API root; only tests (a local server) and proxies change it. */
      baseUrl: string | undefined
    }

const sender = z.union([z.email(), z.string().regex(/^[^<>]+<[^<>@\s]+@[^<>@\s]+>$/)])

/**
 * Reads the mail configuration. Without RESEND_API_KEY mail stays in the local mailbox (the
 * embedded default); with it, MAIL_FROM is required, because Resend refuses a message without a
 * sender on a verified domain and we would rather stop at start-up than fail every delivery.
 */
export function readMailEnv(source: Record<string, string | undefined> = process.env): MailEnv {
  const apiKey = source.RESEND_API_KEY?.trim()
  const filesDir = source.MAIL_FILES_DIR?.trim() ?? ''
  if (filesDir && apiKey) {
    throw new Error('MAIL_FILES_DIR writes the local mailbox to files; it cannot be combined with RESEND_API_KEY.')
  }
  if (filesDir && (!isAbsolute(filesDir) || filesDir.length > 1024 || filesDir.includes('\0'))) {
    throw new Error('MAIL_FILES_DIR must be an absolute folder path (e.g. /tmp/portail-mail).')
  }
  if (!apiKey) return filesDir ? { transport: 'local', filesDir } : { transport: 'local' }
  const from = source.MAIL_FROM?.trim() ?? ''
  if (!from)
    throw new Error('MAIL_FROM is required when RESEND_API_KEY is set (e.g. "Portail <no-reply@example.com>").')
  if (!sender.safeParse(from).success) {
    throw new Error('MAIL_FROM must be an email address or "Name <address>".')
  }
  const baseUrl = source.RESEND_BASE_URL?.trim() ?? ''
  if (baseUrl && !z.url({ protocol: /^https?$/ }).safeParse(baseUrl).success) {
    throw new Error('RESEND_BASE_URL must be an http(s) URL.')
  }
  return { transport: 'resend', apiKey, from, baseUrl: baseUrl || undefined }
}
