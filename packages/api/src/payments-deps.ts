import { type PaymentsPort, PaymentsProviderError } from '@portail/billing'
import type { PaymentsOptions } from '@portail/core/payments'
import type { Context } from './context'
import { portalLinksFor } from './portal-links'

const paymentsOff = (cause?: unknown) =>
  new PaymentsProviderError('Online payments are off in this deployment', true, 'payments_off', { cause })

/**
 * The processor as core sees it, resolved on its first call only: core checks access and state
 * first (another client's booking is NOT_FOUND, an offline refund needs no processor), and a
 * deployment with payments off (no port, or a port that refuses to start) fails only the request
 * that reaches the processor, as an outage: core words it `payment.unavailable`.
 */
export function paymentsPort(ctx: Pick<Context, 'payments'>): PaymentsPort {
  let resolved: PaymentsPort | null = null
  const port = (): PaymentsPort => {
    if (resolved) return resolved
    if (!ctx.payments) throw paymentsOff()
    try {
      resolved = ctx.payments()
    } catch (error) {
      throw paymentsOff(error)
    }
    return resolved
  }
  return {
    get mode() {
      return port().mode
    },
    createConnectedAccount: (input, key) => port().createConnectedAccount(input, key),
    createAccountLink: (input, key) => port().createAccountLink(input, key),
    retrieveAccount: (accountId) => port().retrieveAccount(accountId),
    ensureCustomer: (input, key) => port().ensureCustomer(input, key),
    createPaymentCheckout: (input, key) => port().createPaymentCheckout(input, key),
    createSetupCheckout: (input, key) => port().createSetupCheckout(input, key),
    expireCheckout: (input, key) => port().expireCheckout(input, key),
    listCards: (input) => port().listCards(input),
    detachCard: (input, key) => port().detachCard(input, key),
    setDefaultCard: (input, key) => port().setDefaultCard(input, key),
    chargeOffSession: (input, key) => port().chargeOffSession(input, key),
    refund: (input, key) => port().refund(input, key),
    createSubscription: (input, key) => port().createSubscription(input, key),
    cancelSubscription: (input, key) => port().cancelSubscription(input, key),
    listRecentActivity: (input) => port().listRecentActivity(input),
    parseWebhook: (rawBody, signature, endpoint) => port().parseWebhook(rawBody, signature, endpoint),
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
    invoiceCheckout: (invoiceId: string) => ({
      successUrl: `${origin}/portal/invoices/${invoiceId}?checkout=success`,
      cancelUrl: `${origin}/portal/invoices/${invoiceId}?checkout=cancelled`,
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
