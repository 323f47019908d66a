import { type UnsubscribeClaims, createUnsubscribeToken } from './unsubscribe-token'

export interface UnsubscribeLink {
  /** For the footer of the message (EmailContext.unsubscribeUrl). */
  url: string
  /** For queueMail's headers: RFC 2369 List-Unsubscribe and RFC 8058 one-click. */
  headers: Record<string, string>
}

/**
 * The unsubscribe link of one non-essential message, on the business's portal host
 * (`/api/unsubscribe?token=…`), and the headers that let a mail app unsubscribe in one click: it
 * POSTs `List-Unsubscribe=One-Click` to that URL. `mailto` (UNSUBSCRIBE_MAILTO) is added as a
 * second choice only where someone processes that mailbox.
 */
export function unsubscribeLink(
  claims: UnsubscribeClaims,
  options: { portalUrl: string; secret: string; mailto?: string | null },
): UnsubscribeLink {
  const token = createUnsubscribeToken(claims, options.secret)
  const url = `${options.portalUrl.replace(/\/+$/, '')}/api/unsubscribe?${new URLSearchParams({ token }).toString()}`
  const targets = [`<${url}>`]
  if (options.mailto) {
    targets.push(`<mailto:${options.mailto}?subject=${encodeURIComponent(`unsubscribe ${token}`)}>`)
  }
  return {
    url,
    headers: { 'List-Unsubscribe': targets.join(', '), 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
  }
}
