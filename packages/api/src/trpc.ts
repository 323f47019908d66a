import { errorMessage } from '@portail/i18n'
import { type DomainErrorDetails, isDomainError } from '@portail/core/errors'
import { initTRPC } from '@trpc/server'
import superjson from 'superjson'
import type { Context } from './context'
import { type InputIssue, inputIssuesOf } from './error-mapping'
import type { ProcedureMeta } from './procedure-access'

export interface ApiErrorData {
  code: string
  httpStatus: number
  path: string | null
  /** DomainError code (e.g. TENANT_SUSPENDED), BAD_REQUEST for invalid input, INTERNAL for the unexpected. */
  appCode: string | null
  /** Stable key of the message, for clients that translate themselves. */
  messageKey: string | null
  /** The input field at fault, when there is one. */
  field: string | null
  /** Every schema issue of a malformed input. */
  zodIssues: InputIssue[] | null
  /** What the caller can act on (e.g. the next free slots after a booking CONFLICT). */
  details: DomainErrorDetails | null
}

const builder = initTRPC.context<Context>().meta<ProcedureMeta>()

const t = builder.create({
  transformer: superjson,
  // Subscriptions (server-sent events): a comment every 15 s keeps an idle stream from being cut by
  // a proxy, and a client that hears nothing for 40 s reconnects (resuming with Last-Event-ID).
  sse: { ping: { enabled: true, intervalMs: 15_000 }, client: { reconnectAfterInactivityMs: 40_000 } },
  errorFormatter({ shape, error, ctx }) {
    const locale = ctx?.locale ?? 'fr'
    // Built field by field so the default shape's stack never reaches a response.
    const data: ApiErrorData = {
      code: shape.data.code,
      httpStatus: shape.data.httpStatus,
      path: shape.data.path ?? null,
      appCode: null,
      messageKey: null,
      field: null,
      zodIssues: null,
      details: null,
    }
    const cause = error.cause
    if (isDomainError(cause)) {
      return {
        ...shape,
        message: errorMessage(cause.messageKey, locale),
        data: {
          ...data,
          appCode: cause.code,
          messageKey: cause.messageKey,
          field: cause.field ?? null,
          details: cause.details ?? null,
        },
      }
    }
    const zodIssues = inputIssuesOf(error, locale)
    if (zodIssues) {
      const firstPath = zodIssues[0]?.path ?? []
      const field = firstPath.length > 0 ? firstPath.join('.') : null
      return {
        ...shape,
        message: errorMessage('input.invalid', locale),
        data: { ...data, appCode: 'BAD_REQUEST', messageKey: 'input.invalid', field, zodIssues },
      }
    }
    if (error.code === 'INTERNAL_SERVER_ERROR') {
      return {
        ...shape,
        message: errorMessage('internal.unexpected', locale),
        data: { ...data, appCode: 'INTERNAL', messageKey: 'internal.unexpected' },
      }
    }
    return { ...shape, data }
  },
})

export const router = t.router
export const middleware = t.middleware
export const createCallerFactory = t.createCallerFactory
export const baseProcedure = t.procedure
