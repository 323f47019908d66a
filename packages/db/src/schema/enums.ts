import { pgEnum } from 'drizzle-orm/pg-core'

export const localeEnum = pgEnum('locale', ['fr', 'en'])
export const tenantStatusEnum = pgEnum('tenant_status', ['active', 'suspended'])
export const membershipRoleEnum = pgEnum('membership_role', ['owner', 'admin', 'staff'])
/** A platform-wide role the identity provider grants (Clerk public metadata `role: "operator"`). */
export const platformRoleEnum = pgEnum('platform_role', ['operator'])
/** What a one-time code is for: opening a session, or confirming a sensitive action in one. */
export const codePurposeEnum = pgEnum('code_purpose', ['sign-in', 'step-up'])
/** Where an outbox mail stands: waiting (or waiting to retry), handed over, or given up on. */
export const mailStatusEnum = pgEnum('mail_status', ['pending', 'sent', 'failed'])
/** How a service is paid when booked: nothing up front, a deposit, or the full price. */
export const paymentRuleEnum = pgEnum('payment_rule', ['none', 'deposit', 'full'])
/** What a schedule override does on its date: closes (all day or a span) or adds extra hours. */
export const scheduleOverrideKindEnum = pgEnum('schedule_override_kind', ['closed', 'extra'])
/** Where a booking stands; only pending_payment and confirmed hold the staff member's time. */
export const bookingStatusEnum = pgEnum('booking_status', [
  'pending_payment',
  'confirmed',
  'cancelled',
  'completed',
  'no_show',
])
/**
 * Where a workflow run of the embedded engine stands: waiting for its first pickup or a retry
 * (queued), asleep until `wake_at` (sleeping), leased by a worker (running), or finished.
 */
export const workflowRunStatusEnum = pgEnum('workflow_run_status', [
  'queued',
  'sleeping',
  'running',
  'completed',
  'failed',
  'cancelled',
])
/** The channel a message goes out on. */
export const deliveryChannelEnum = pgEnum('delivery_channel', ['email', 'sms', 'push', 'in_app'])
/** Who a message or notification is for: a client of the business, or a member of its team. */
export const recipientKindEnum = pgEnum('recipient_kind', ['client', 'staff'])
/**
 * Where a message of the delivery log stands: queued, handed to the provider (sent), confirmed by
 * it (delivered), refused (bounced, complained, failed), not sent on purpose (skipped, with its
 * reason), or held back until a later time (deferred: quiet hours).
 */
export const deliveryStatusEnum = pgEnum('delivery_status', [
  'queued',
  'sent',
  'delivered',
  'bounced',
  'complained',
  'failed',
  'skipped',
  'deferred',
])
/** An invoice, or a credit note that credits (part of) an issued invoice. */
export const invoiceKindEnum = pgEnum('invoice_kind', ['invoice', 'credit_note'])
/** Where an invoice stands: numbered once issued, paid in part or in full, or voided. */
export const invoiceStatusEnum = pgEnum('invoice_status', ['draft', 'issued', 'partly_paid', 'paid', 'void'])
/** Where a payment stands: waiting for the provider (pending), or settled one way or another. */
export const paymentStatusEnum = pgEnum('payment_status', ['pending', 'succeeded', 'failed', 'cancelled'])
/** How a payment was made: online by card (Stripe), or recorded by staff for an offline payment. */
export const paymentMethodEnum = pgEnum('payment_method', ['card', 'cash', 'etransfer', 'cheque', 'other'])
/** What a payment is for. */
export const paymentPurposeEnum = pgEnum('payment_purpose', [
  'deposit',
  'full',
  'invoice',
  'cancellation_fee',
  'subscription',
])
export const refundStatusEnum = pgEnum('refund_status', ['pending', 'succeeded', 'failed'])
export const checkoutStatusEnum = pgEnum('checkout_status', ['open', 'complete', 'expired'])
/** A hosted checkout that takes a payment, or one that only saves a card. */
export const checkoutModeEnum = pgEnum('checkout_mode', ['payment', 'setup'])
/** A client's credit (a deposit kept after a cancellation, an overpayment): usable, used or refunded. */
export const creditStatusEnum = pgEnum('credit_status', ['available', 'applied', 'refunded'])
/**
 * What became of a Stripe webhook event: applied, ignored (older than the state it would change, or
 * a type we do not act on), unknown_account (no business has its connected account), refused (its
 * data contradicts ours), duplicate_object (its object was already applied under another event).
 */
export const stripeEventOutcomeEnum = pgEnum('stripe_event_outcome', [
  'applied',
  'ignored',
  'unknown_account',
  'refused',
  'duplicate_object',
])
