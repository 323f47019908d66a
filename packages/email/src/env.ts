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

/**
 * A fixed key for development and tests only (it is in the repository), so `pnpm dev` and the
 * local mailbox work with no setup. Mail that leaves the machine (Resend) needs its own.
 */
const developmentUnsubscribeSecret = 'portail-dev-unsubscribe-secret-for-local-development-only'

export interface UnsubscribeEnv {
  /** UNSUBSCRIBE_SECRET: keys the HMAC of unsubscribe tokens (at least 32 characters). */
  secret: string
  /**
   * UNSUBSCRIBE_MAILTO: an address whose mail someone processes, offered as the second
   * List-Unsubscribe choice; absent, the header carries the one-click link only (an address
   * nobody reads would promise an opt-out that never happens).
   */
  mailto: string | null
}

/**
 * Reads the unsubscribe configuration. Where real mail leaves (RESEND_API_KEY set) the key must
 * be the deployment's own: anyone holding the development key could unsubscribe anyone.
 */
export function readUnsubscribeEnv(source: Record<string, string | undefined> = process.env): UnsubscribeEnv {
  const configured = source.UNSUBSCRIBE_SECRET?.trim() ?? ''
  if (configured && configured.length < 32) throw new Error('UNSUBSCRIBE_SECRET must be at least 32 characters long.')
  if (!configured && source.RESEND_API_KEY?.trim()) {
    throw new Error('UNSUBSCRIBE_SECRET (at least 32 characters) is required when RESEND_API_KEY is set.')
  }
  const mailto = source.UNSUBSCRIBE_MAILTO?.trim() ?? ''
  if (mailto && !z.email().safeParse(mailto).success) throw new Error('UNSUBSCRIBE_MAILTO must be an email address.')
  return { secret: configured || developmentUnsubscribeSecret, mailto: mailto || null }
}
