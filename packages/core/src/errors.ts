import type { ErrorMessageKey } from './error-messages'

export const domainErrorCodes = [
  'BAD_REQUEST',
  'UNAUTHORIZED',
  'FORBIDDEN',
  'NOT_FOUND',
  'CONFLICT',
  'TENANT_SUSPENDED',
  /** A sensitive action in a session without a recent second factor: the UI asks for a code and retries. */
  'SECOND_FACTOR_REQUIRED',
] as const
export type DomainErrorCode = (typeof domainErrorCodes)[number]

export interface DomainErrorOptions {
  /** The input field at fault, so a form can show the message next to it. */
  field?: string
  params?: Record<string, string | number>
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

  constructor(code: DomainErrorCode, messageKey: ErrorMessageKey, options: DomainErrorOptions = {}) {
    super(`${code}: ${messageKey}`, options.cause === undefined ? undefined : { cause: options.cause })
    this.name = 'DomainError'
    this.code = code
    this.messageKey = messageKey
    this.field = options.field
    this.params = options.params ?? {}
  }
}

export const isDomainError = (error: unknown): error is DomainError => error instanceof DomainError
