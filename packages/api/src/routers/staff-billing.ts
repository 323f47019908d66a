import {
  createBookingInvoice,
  createDraftInvoice,
  getInvoice,
  issueCreditNoteAsStaff,
  issueInvoice,
  listInvoices,
  recordOfflinePayment,
  taxReport,
  taxReportCsv,
  updateDraftInvoice,
  voidInvoice,
} from '@portail/core/invoices'
import {
  getPaymentSettings,
  paymentStatus,
  refreshConnectStatus,
  requestRefund,
  startConnectOnboarding,
  updatePaymentSettings,
} from '@portail/core/payments'
import {
  ZBookingInvoiceInput,
  ZCreateDraftInvoiceInput,
  ZInvoiceIdInput,
  ZIssueCreditNoteInput,
  ZListInvoicesInput,
  ZPaymentSettingsInput,
  ZRecordOfflinePaymentInput,
  ZRequestRefundInput,
  ZTaxReportInput,
  ZUpdateDraftInvoiceInput,
  ZVoidInvoiceInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { paymentsPort, returnLinks } from '../payments-deps'
import { staffActionProcedure, staffProcedure } from '../procedures'

/**
 * Billing for the team (docs/decisions/payments.md, "API"): every member reads invoices
 * (`invoices.read`); owners and admins write them and see payments, the Connect status and the tax
 * report (`invoices.write`, `payments.read`); only the owner refunds or connects the business to
 * Stripe (`payments.refund`, a sensitive action: a second factor verified in the last 10 minutes).
 * Core opens its own transactions where it calls Stripe or takes a number, hence the action builders.
 */
export const staffBillingRouter = {
  /** Connect readiness, what Stripe still needs, the fee in effect. */
  status: staffActionProcedure('payments.read').query(({ ctx }) =>
    paymentStatus(ctx.database, ctx.staff, ctx.defaultPlatformFee ?? undefined),
  ),
  /** A fresh hosted onboarding link: where payouts go is decided there, so owner only, second factor. */
  startOnboarding: staffActionProcedure('payments.refund').mutation(({ ctx }) =>
    startConnectOnboarding(ctx.database, paymentsPort(ctx), ctx.staff, returnLinks(ctx, ctx.tenant.slug).onboarding()),
  ),
  /** Asks Stripe now rather than waiting for the webhook; answers the status as `status` does. */
  refreshStatus: staffActionProcedure('payments.read').mutation(async ({ ctx }) => {
    await refreshConnectStatus(ctx.database, paymentsPort(ctx), ctx.staff)
    return paymentStatus(ctx.database, ctx.staff, ctx.defaultPlatformFee ?? undefined)
  }),
  invoices: staffProcedure('invoices.read')
    .input(ZListInvoicesInput)
    .query(({ ctx, input }) => listInvoices(ctx.tx, ctx.staff.tenantId, input)),
  invoice: staffProcedure('invoices.read')
    .input(ZInvoiceIdInput)
    .query(({ ctx, input }) => getInvoice(ctx.tx, { tenantId: ctx.staff.tenantId }, input.invoiceId)),
  createDraft: staffActionProcedure('invoices.write')
    .input(ZCreateDraftInvoiceInput)
    .mutation(({ ctx, input }) => createDraftInvoice(ctx.database, ctx.staff, input)),
  updateDraft: staffActionProcedure('invoices.write')
    .input(ZUpdateDraftInvoiceInput)
    .mutation(({ ctx, input }) => updateDraftInvoice(ctx.database, ctx.staff, input)),
  /** "Invoice this visit": the booking's draft (a second call returns the same one). */
  invoiceBooking: staffProcedure('invoices.write')
    .input(ZBookingInvoiceInput)
    .mutation(async ({ ctx, input }) => {
      const { invoiceId } = await createBookingInvoice(ctx.tx, {
        tenantId: ctx.staff.tenantId,
        bookingId: input.bookingId,
        by: { userId: ctx.staff.userId, role: ctx.staff.role },
      })
      return getInvoice(ctx.tx, { tenantId: ctx.staff.tenantId }, invoiceId)
    }),
  issue: staffActionProcedure('invoices.write')
    .input(ZInvoiceIdInput)
    .mutation(({ ctx, input }) => issueInvoice(ctx.database, ctx.staff, input)),
  void: staffActionProcedure('invoices.write')
    .input(ZVoidInvoiceInput)
    .mutation(({ ctx, input }) => voidInvoice(ctx.database, ctx.staff, input)),
  /** Cash, e-transfer, cheque: recorded by hand (cards only ever arrive through Stripe). */
  recordPayment: staffActionProcedure('invoices.write')
    .input(ZRecordOfflinePaymentInput)
    .mutation(({ ctx, input }) => recordOfflinePayment(ctx.database, ctx.staff, input)),
  /** A credit note without a refund (a goodwill gesture, a billing mistake). */
  creditNote: staffActionProcedure('invoices.write')
    .input(ZIssueCreditNoteInput)
    .mutation(({ ctx, input }) => issueCreditNoteAsStaff(ctx.database, ctx.staff, input)),
  // A sensitive action: staffActionProcedure asks for a fresh second factor before core runs.
  refund: staffActionProcedure('payments.refund')
    .input(ZRequestRefundInput)
    .mutation(({ ctx, input }) => requestRefund(ctx.database, paymentsPort(ctx), ctx.staff, input)),
  /** The period's GST/HST, QST and PST for filing, with the same as CSV in the caller's language. */
  taxReport: staffActionProcedure('payments.read')
    .input(ZTaxReportInput)
    .query(async ({ ctx, input }) => {
      const report = await taxReport(ctx.database, ctx.staff, input)
      return { report, csv: taxReportCsv(report, ctx.locale) }
    }),
  /** Registrations (GST/HST, QST, PST), province of the business, invoice terms and notes. */
  settings: staffProcedure('settings.read').query(({ ctx }) => getPaymentSettings(ctx.tx, ctx.staff.tenantId)),
  updateSettings: staffProcedure('settings.write')
    .input(ZPaymentSettingsInput)
    .mutation(({ ctx, input }) => updatePaymentSettings(ctx.tx, ctx.staff, input)),
} satisfies TRPCRouterRecord
