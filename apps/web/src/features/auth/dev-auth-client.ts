import type { Locale } from '@portail/i18n'

/** What the dev sign-in endpoints answer: success, or a refusal already worded in our language. */
export type DevAuthResult = { ok: true } | { ok: false; message: string | null }

interface ErrorBody {
  error?: { message?: unknown }
}

/**
 * POSTs to one of /api/auth/dev/*. The endpoints word their refusals in the language sent in the
 * body; a network failure or an unreadable answer gives `message: null` (the form says so itself).
 */
export async function postDevAuth(
  endpoint: 'request-code' | 'verify-code' | 'sign-out',
  body: Record<string, string> & { locale: Locale },
): Promise<DevAuthResult> {
  try {
    const response = await fetch(`/api/auth/dev/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
    if (response.ok) return { ok: true }
    const parsed = (await response.json().catch(() => ({}))) as ErrorBody
    const message = parsed.error?.message
    return { ok: false, message: typeof message === 'string' ? message : null }
  } catch {
    return { ok: false, message: null }
  }
}
