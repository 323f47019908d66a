import { errorMessage, type MessageLocale } from '@portail/core/error-messages'
import { type DomainErrorCode, isDomainError } from '@portail/core/errors'
import { TRPCError } from '@trpc/server'
import type { TRPC_ERROR_CODE_KEY } from '@trpc/server/rpc'

const trpcCodes: Record<DomainErrorCode, TRPC_ERROR_CODE_KEY> = {
  BAD_REQUEST: 'BAD_REQUEST',
  UNAUTHORIZED: 'UNAUTHORIZED',
  FORBIDDEN: 'FORBIDDEN',
  NOT_FOUND: 'NOT_FOUND',
  CONFLICT: 'CONFLICT',
  TENANT_SUSPENDED: 'FORBIDDEN',
}

export interface InputIssue {
  code: string
  path: (string | number)[]
  message: string
}

/** Schema issues of a failed input parse (zod throws ZodError, other Standard Schemas their own error). */
export function inputIssuesOf(error: TRPCError): InputIssue[] | null {
  if (error.code !== 'BAD_REQUEST') return null
  const cause: unknown = error.cause
  if (!(cause instanceof Error) || !('issues' in cause) || !Array.isArray(cause.issues)) return null
  return cause.issues.map((raw: unknown) => {
    const issue = (typeof raw === 'object' && raw !== null ? raw : {}) as {
      code?: unknown
      path?: unknown
      message?: unknown
    }
    const path = Array.isArray(issue.path) ? issue.path : []
    return {
      code: typeof issue.code === 'string' ? issue.code : 'invalid',
      path: path.map((key: unknown) => (typeof key === 'number' ? key : String(key))),
      message: typeof issue.message === 'string' ? issue.message : 'Invalid',
    }
  })
}

/**
 * The one translation from what core throws to what tRPC answers. A DomainError keeps its
 * meaning (code, message key, field) with a message in the caller's language; anything
 * unexpected becomes a bare INTERNAL_SERVER_ERROR so no SQL, constraint name or stack reaches the
 * caller (the original stays in `cause` for the server log).
 */
export function toTRPCError(error: TRPCError, locale: MessageLocale): TRPCError {
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
