import { getMyInvoice, invoicesDueSummary, listMyInvoices } from '@portail/core/invoices'
import {
  cancelPlanSubscription,
  listSavedCards,
  removeSavedCard,
  setDefaultCard,
  startBookingCheckout,
  startCardSetup,
  startInvoiceCheckout,
  subscribeToPlan,
} from '@portail/core/payments'
import {
  ZCancelPlanSubscriptionInput,
  ZInvoiceIdInput,
  ZMyInvoicesInput,
  ZSavedCardInput,
  ZStartBookingCheckoutInput,
  ZStartInvoiceCheckoutInput,
  ZSubscribeToPlanInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { paymentsOptions, paymentsPort, returnLinks } from '../payments-deps'
import { clientActionProcedure, clientProcedure } from '../procedures'

/** The caller names the booking only; where Stripe sends the browser back is ours to decide. */
const ZBookingCheckoutInput = ZStartBookingCheckoutInput.pick({ bookingId: true })
const ZInvoiceCheckoutInput = ZStartInvoiceCheckoutInput.pick({ invoiceId: true })

/**
 * Billing from the client's side: the session's own client only (core filters by the client id
 * and the database's row policies say the same). Reading invoices is `invoices.read`; paying a
 * booking is booking work (`bookings.write`); cards and plans are the client's own account
 * (`profile.read` / `profile.write`).
 */
export const billingRouter = {
  /** Own invoices and credit notes, newest first, never a draft. */
  invoices: clientProcedure('invoices.read')
    .input(ZMyInvoicesInput)
    .query(({ ctx, input }) => listMyInvoices(ctx.tx, ctx.client, input)),
  /** One own invoice with lines, payments and credit notes; another client's (or a draft) is NOT_FOUND. */
  invoice: clientProcedure('invoices.read')
    .input(ZInvoiceIdInput)
    .query(({ ctx, input }) => getMyInvoice(ctx.tx, ctx.client, input.invoiceId)),
  /** The dashboard card: how many invoices still have a balance, and how much in all. */
  dueSummary: clientProcedure('invoices.read').query(({ ctx }) => invoicesDueSummary(ctx.tx, ctx.client)),
  /** Pay the hold of an own booking on Stripe's hosted Checkout: the browser goes to `url`. */
  startBookingCheckout: clientActionProcedure('bookings.write')
    .input(ZBookingCheckoutInput)
    .mutation(async ({ ctx, input }) => {
      const checkout = await startBookingCheckout(
        ctx.database,
        paymentsPort(ctx),
        ctx.client,
        {
          bookingId: input.bookingId,
          locale: ctx.locale,
          ...returnLinks(ctx, ctx.tenant.slug).bookingCheckout(input.bookingId),
        },
        paymentsOptions(ctx),
      )
      return { url: checkout.url }
    }),
  /**
   * Pay the balance of an own issued invoice on Checkout (applied by the webhook). Paying one's own
   * bill needs no more than seeing it: the client role's `invoices.read`.
   */
  payInvoice: clientActionProcedure('invoices.read')
    .input(ZInvoiceCheckoutInput)
    .mutation(async ({ ctx, input }) => {
      const checkout = await startInvoiceCheckout(
        ctx.database,
        paymentsPort(ctx),
        ctx.client,
        {
          invoiceId: input.invoiceId,
          locale: ctx.locale,
          ...returnLinks(ctx, ctx.tenant.slug).invoiceCheckout(input.invoiceId),
        },
        paymentsOptions(ctx),
      )
      return { url: checkout.url }
    }),
  /** Own saved cards, the default first. */
  cards: clientActionProcedure('profile.read').query(({ ctx }) => listSavedCards(ctx.database, ctx.client)),
  /** Save a card on Stripe's hosted page (it arrives by webhook). */
  startCardSetup: clientActionProcedure('profile.write').mutation(async ({ ctx }) => {
    const setup = await startCardSetup(ctx.database, paymentsPort(ctx), ctx.client, {
      locale: ctx.locale,
      ...returnLinks(ctx, ctx.tenant.slug).cardSetup(),
    })
    return { url: setup.url }
  }),
  removeCard: clientActionProcedure('profile.write')
    .input(ZSavedCardInput)
    .mutation(({ ctx, input }) => removeSavedCard(ctx.database, paymentsPort(ctx), ctx.client, input)),
  setDefaultCard: clientActionProcedure('profile.write')
    .input(ZSavedCardInput)
    .mutation(({ ctx, input }) => setDefaultCard(ctx.database, paymentsPort(ctx), ctx.client, input)),
  subscribe: clientActionProcedure('profile.write')
    .input(ZSubscribeToPlanInput)
    .mutation(({ ctx, input }) =>
      subscribeToPlan(ctx.database, paymentsPort(ctx), ctx.client, input, paymentsOptions(ctx)),
    ),
  /** Stops at the end of the period already paid. */
  cancelSubscription: clientActionProcedure('profile.write')
    .input(ZCancelPlanSubscriptionInput)
    .mutation(({ ctx, input }) => cancelPlanSubscription(ctx.database, paymentsPort(ctx), ctx.client, input)),
} satisfies TRPCRouterRecord
