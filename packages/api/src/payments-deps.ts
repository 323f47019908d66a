import type { PaymentsPort } from '@portail/billing'
import { DomainError } from '@portail/core/errors'
import type { PaymentsOptions } from '@portail/core/payments'
import type { Context } from './context'
import { portalLinksFor } from './portal-links'

/**
 * The processor for a procedure that calls it. A deployment with payments off (no port, or a port
 * that refuses to start) answers `payment.unavailable` like an outage: nothing was changed.
 */
export function paymentsPort(ctx: Pick<Context, 'payments'>): PaymentsPort {
  if (!ctx.payments) throw new DomainError('UNAVAILABLE', 'payment.unavailable')
  try {
    return ctx.payments()
  } catch (error) {
    throw new DomainError('UNAVAILABLE', 'payment.unavailable', { cause: error })
  }
}

export const paymentsOptions = (ctx: Pick<Context, 'defaultPlatformFee'>): PaymentsOptions =>
  ctx.defaultPlatformFee ? { defaultFee: ctx.defaultPlatformFee } : {}

/**
 * Where Stripe sends the browser back, always on the tenant's own portal (built here, never taken
 * from the caller: a return address chosen by the caller would make our Checkout an open redirect).
 */
export function returnLinks(ctx: Pick<Context, 'links'>, slug: string) {
  const origin = portalLinksFor(ctx, slug).portalOrigin
  return {
    bookingCheckout: (bookingId: string) => ({
      successUrl: `${origin}/portal/appointments/${bookingId}?checkout=success`,
      cancelUrl: `${origin}/portal/appointments/${bookingId}?checkout=cancelled`,
    }),
    cardSetup: () => ({
      successUrl: `${origin}/portal/profile?card=saved`,
      cancelUrl: `${origin}/portal/profile?card=cancelled`,
    }),
    onboarding: () => ({
      returnUrl: `${origin}/admin/settings?stripe=return`,
      refreshUrl: `${origin}/admin/settings?stripe=refresh`,
    }),
  }
}
