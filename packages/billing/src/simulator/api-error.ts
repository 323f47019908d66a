import type { Json } from './store'

/**
 * An error answered the way Stripe answers it: `{ error: { type, message, code?, param? } }` with
 * Stripe's HTTP status, so the SDK raises the same error class (400/404 → StripeInvalidRequestError,
 * 402 → StripeCardError, 403 → StripePermissionError, 401 → StripeAuthenticationError).
 */
export class StripeApiError extends Error {
  override readonly name = 'StripeApiError'
  constructor(
    readonly status: number,
    readonly type:
      | 'invalid_request_error'
      | 'card_error'
      | 'idempotency_error'
      | 'authentication_error'
      | 'permission_error'
      | 'api_error',
    message: string,
    readonly extra: Record<string, unknown> = {},
  ) {
    super(message)
  }

  body(): Json {
    return JSON.parse(JSON.stringify({ error: { type: this.type, message: this.message, ...this.extra } })) as Json
  }
}

export const invalidRequest = (message: string, extra: Record<string, Json> = {}) =>
  new StripeApiError(400, 'invalid_request_error', message, extra)

export const noSuch = (objectName: string, id: string, param = 'id') =>
  new StripeApiError(404, 'invalid_request_error', `No such ${objectName}: '${id}'`, {
    code: 'resource_missing',
    param,
  })

/** A hosted action (pay, onboarding…) asked of an object in the wrong state or that does not exist. */
export class SimulatorActionError extends Error {
  override readonly name = 'SimulatorActionError'
  constructor(
    readonly code: 'not_found' | 'not_open' | 'expired' | 'no_3ds_pending',
    message: string,
  ) {
    super(message)
  }
}
