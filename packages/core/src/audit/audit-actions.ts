/**
 * Every action a tenant's audit log can hold, `<entity>.<past-tense verb>`. appendAudit accepts
 * only these, so a new action cannot be written before it is listed here; the screens that word
 * the log (client history, client activity) are tested against this list.
 *
 * Most are written by core; the last group by the database's own functions (create_tenant, the
 * identity provider's sync in migrations 0015 and 0029), which appendAudit never sees.
 */
export const auditActions = [
  'booking.created',
  'booking.cancelled',
  'booking.rescheduled',
  'booking.moved',
  'booking.completed',
  'booking.no_show',
  'booking.hold_expired',
  'bookingSeries.created',
  'booking_settings.updated',
  'calendarFeed.revoked',
  'calendarFeed.rotated',
  'client.created',
  'client.updated',
  'client.profile_updated',
  'client.archived',
  'client.unarchived',
  'client.deleted',
  'client.invited',
  'client.joined',
  'client.linked',
  'membership.display_name_changed',
  'membership.role_changed',
  'membership.removed',
  'schedule_override.created',
  'schedule_override.removed',
  'service.created',
  'service.updated',
  'service.staff_set',
  'service_option.created',
  'service_option.updated',
  'staff_invitation.created',
  'staff_invitation.resent',
  'staff_invitation.revoked',
  'staff_invitation.accepted',
  'tenant.settings_updated',
  'tenant.logo_added',
  'tenant.logo_replaced',
  'tenant.logo_removed',
  'tenant.suspended',
  'tenant.reactivated',
  'working_hours.set',
  // Issue 14 (contract): invoices, payments, refunds and the Stripe account.
  'invoice.created',
  'invoice.issued',
  'invoice.voided',
  'invoice.paid',
  'invoice.credit_note_issued',
  'payment.recorded',
  'payment.succeeded',
  'payment.failed',
  'refund.requested',
  'refund.succeeded',
  'refund.failed',
  'payments.account_updated',
  'payments.webhook_refused',
  // Written by database functions only.
  'tenant.created',
  'membership.created',
  'client.unlinked',
] as const

export type AuditAction = (typeof auditActions)[number]

const known = new Set<string>(auditActions)

/** Narrows a value read back from the log (a text column) to a listed action. */
export const isAuditAction = (action: string): action is AuditAction => known.has(action)
