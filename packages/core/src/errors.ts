import type { ErrorMessageKey } from '@portail/i18n'
import type { Slot } from './availability/types'

export const domainErrorCodes = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TENANT_SUSPENDED',
  /** A sensitive action in a session without a recent second factor: the UI asks for a code and retries. */
  'SECOND_FACTOR_REQUIRED',
  /** Another system we depend on (the identity provider) refused or did not answer; nothing changed. */
  'UNAVAILABLE',
  /** The caller used up a limit (e.g. bookings per hour); `details.retryAfterSeconds` says when to try again. */
  'RATE_LIMITED',
] as const
export type DomainErrorCode = (typeof domainErrorCodes)[number]

/** Structured data a caller can act on, sent with the error (e.g. the next free slots after a conflict). */
export interface DomainErrorDetails {
  /** RATE_LIMITED: seconds until the limit lets the caller try again (also sent as Retry-After). */
  retryAfterSeconds?: number
  nextSlots?: Slot[]
  /** booking.policyChanged: the cancellation as it stands now (see ChangeQuote in booking-policy). */
  cancellation?: {
    allowed: boolean
    free: boolean
    feeCents: number
    keepsDeposit: boolean
    freeUntil: string
    remainingReschedules: number | null
    refusal: 'tooLate' | 'maxReschedules' | 'notActive' | 'started' | null
  }
}

export interface DomainErrorOptions {
  /** The input field at fault, so a form can show the message next to it. */
  field?: string
  params?: Record<string, string | number>
  details?: DomainErrorDetails
  cause?: unknown
}

/**
 * What core throws when a request cannot be served. Transport-free: the API maps `code` to a
 * tRPC code and `messageKey` to a message in the caller's language, in one place.
 */
export class DomainError extends Error {
  readonly code: DomainErrorCode
  readonly messageKey: ErrorMessageKey
  readonly field: string | undefined
  readonly params: Record<string, string | number>
  readonly details: DomainErrorDetails | undefined

  constructor(code: DomainErrorCode, messageKey: ErrorMessageKey, options: DomainErrorOptions = {}) {
    super(`${code}: ${messageKey}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'DomainError'
    this.code = code
    this.messageKey = messageKey
    this.field = options.field
    this.params = options.params ?? {}
    this.details = options.details
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError

export { type ErrorLogFields, errorLogFields } from './db-error-mapping'
