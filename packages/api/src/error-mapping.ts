import { type DomainErrorCode, type ErrorLogFields, errorLogFields, isDomainError } from '@portail/core/errors'
import { errorMessage, isErrorMessageKey, type Locale } from '@portail/i18n'
import { TRPCError } from '@trpc/server'
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'
import { z } from 'zod'

const trpcCodes: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TENANT_SUSPENDED: 'FORBIDDEN',
  SECOND_FACTOR_REQUIRED: 'FORBIDDEN',
  UNAVAILABLE: 'SERVICE_UNAVAILABLE',
  RATE_LIMITED: 'TOO_MANY_REQUESTS',
}

export interface InputIssue {
  code: string
  path: (string | number)[]
  /** In the caller's language. */
  message: string
}

interface RawIssue {
  code?: unknown
  path?: unknown
  message?: unknown
}

const zodMessages = { fr: z.locales.fr().localeError, en: z.locales.en().localeError }

/**
 * One schema issue in the caller's language. Our own checks (validators) carry a message key as
 * their message; zod's built-in issues are re-rendered with zod's fr/en locale. A type issue is
 * reported without zod's "received …" part, which would be wrong here: the parsed input is not kept
 * on the issue.
 */
function localizedIssueMessage(issue: RawIssue, locale: Locale): string {
  const original = typeof issue.message === 'string' ? issue.message : ''
  if (isErrorMessageKey(original)) return errorMessage(original, locale)
  if (issue.code === 'invalid_type') {
    return errorMessage(original.endsWith('received undefined') ? 'input.required' : 'input.wrongType', locale)
  }
  // The finished issue has every field the locale needs for the other codes (limits, formats, keys).
  const rendered = zodMessages[locale](issue as Parameters<(typeof zodMessages)['fr']>[0])
  const text = typeof rendered === 'string' ? rendered : rendered?.message
  return text ?? (original || errorMessage('input.invalid', locale))
}

/** Schema issues of a failed input parse (zod throws ZodError, other Standard Schemas their own error). */
export function inputIssuesOf(error: TRPCError, locale: Locale): InputIssue[] | null {
  if (error.code !== 'BAD_REQUEST') return null
  const cause: unknown = error.cause
  if (!(cause instanceof Error) || !('issues' in cause) || !Array.isArray(cause.issues)) return null
  return cause.issues.map((raw: unknown) => {
    const issue: RawIssue = typeof raw === 'object' && raw !== null ? raw : {}
    const path = Array.isArray(issue.path) ? issue.path : []
    return {
      code: typeof issue.code === 'string' ? issue.code : 'invalid',
      path: path.map((key: unknown) => (typeof key === 'number' ? key : String(key))),
      message: localizedIssueMessage(issue, locale),
    }
  })
}

/**
 * The one translation from what core throws to what tRPC answers. A DomainError keeps its
 * meaning (code, message key, field) with a message in the caller's language; anything
 * unexpected becomes a bare INTERNAL_SERVER_ERROR so no SQL, constraint name or stack reaches the
 * caller (the original stays in `cause` for the server log).
 */
export function toTRPCError(error: TRPCError, locale: Locale): TRPCError {
  const cause = error.cause
  if (isDomainError(cause)) {
    return new TRPCError({ code: trpcCodes[cause.code], message: errorMessage(cause.messageKey, locale), cause })
  }
  if (error.code === 'INTERNAL_SERVER_ERROR') {
    return new TRPCError({
      code: 'INTERNAL_SERVER_ERROR',
      message: errorMessage('internal.unexpected', locale),
      cause: error,
    })
  }
  return error
}

/** What the server logs about a failed procedure: see errorLogFields for what is left out and why. */
export interface FailureLogFields extends ErrorLogFields {
  procedure: string
  trpcCode: TRPC_ERROR_CODE_KEY
}

/**
 * The one description of a failure fit for the server log: the procedure path, the tRPC code and
 * the original error's kind, SQLSTATE and constraint. The original (tRPC keeps it as `cause`)
 * carries the failed query with its bound values, the input's personal data.
 */
export function failureLogFields(error: TRPCError, path: string | undefined): FailureLogFields {
  return { procedure: path ?? '<no path>', trpcCode: error.code, ...errorLogFields(error.cause ?? error) }
}
