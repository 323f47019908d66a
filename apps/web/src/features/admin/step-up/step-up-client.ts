import type { Locale } from '@portail/i18n'

export type StepUpResult = { ok: true; email: string | null; validForMinutes: number | null } | { ok: false; message: string | null }

interface Body {
  email?: unknown
  validForMinutes?: unknown
  error?: { message?: unknown }
}

/**
 * The dev identity adapter's step-up endpoints: request a code mailed to the session's own
 * address, then confirm it (sensitive actions are allowed for the next 10 minutes). Refusals come
 * worded in `locale`; a network failure gives `message: null`.
 */
export async function postStepUp(
  endpoint: 'request-code' | 'verify-code',
  body: { locale: Locale; code?: string },
): Promise<StepUpResult> {
  try {
    const response = await fetch(`/api/auth/dev/step-up/${endpoint}`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(body),
      credentials: 'same-origin',
    })
    const parsed = (await response.json().catch(() => ({}))) as Body
    if (response.ok) {
      return {
        ok: true,
        email: typeof parsed.email === 'string' ? parsed.email : null,
        validForMinutes: typeof parsed.validForMinutes === 'number' ? parsed.validForMinutes : null,
      }
    }
    const message = parsed.error?.message
    return { ok: false, message: typeof message === 'string' ? message : null }
  } catch {
    return { ok: false, message: null }
  }
}

/** The API's refusal of a sensitive action without a fresh second factor (FORBIDDEN + this app code). */
export function needsSecondFactor(error: unknown): boolean {
  if (typeof error !== 'object' || error === null || !('data' in error)) return false
  const data: unknown = error.data
  return typeof data === 'object' && data !== null && 'appCode' in data && data.appCode === 'SECOND_FACTOR_REQUIRED'
}
