import { type AuditAction, isAuditAction } from '@portail/core/clients'
import type { Translator } from '~/i18n/translator'

/**
 * Every action the audit log can hold, in the reader's language. A Record over AuditAction: an
 * action added to core's list without words here does not compile. Each key is a literal (the
 * catalog's unused-key check can see them); only what is worded is called.
 */
const historyLabels = (t: Translator<'adminClients'>): Record<AuditAction, () => string> => ({
  'booking.created': () => t('actionBookingCreated'),
  'booking.cancelled': () => t('actionBookingCancelled'),
  'booking.rescheduled': () => t('actionBookingRescheduled'),
  'booking.moved': () => t('actionBookingMoved'),
  'booking.completed': () => t('actionBookingCompleted'),
  'booking.no_show': () => t('actionBookingNoShow'),
  'booking.hold_expired': () => t('actionBookingHoldExpired'),
  'bookingSeries.created': () => t('actionSeriesCreated'),
  'booking_settings.updated': () => t('actionBookingSettingsUpdated'),
  'calendarFeed.revoked': () => t('actionCalendarFeedRevoked'),
  'calendarFeed.rotated': () => t('actionCalendarFeedRotated'),
  'client.created': () => t('actionCreated'),
  'client.updated': () => t('actionUpdated'),
  'client.profile_updated': () => t('actionProfileUpdated'),
  'client.archived': () => t('actionArchived'),
  'client.unarchived': () => t('actionUnarchived'),
  'client.deleted': () => t('actionDeleted'),
  'client.invited': () => t('actionInvited'),
  'client.joined': () => t('actionJoined'),
  'client.linked': () => t('actionLinked'),
  'client.unlinked': () => t('actionUnlinked'),
  'membership.created': () => t('actionMemberAdded'),
  'membership.display_name_changed': () => t('actionMemberRenamed'),
  'membership.role_changed': () => t('actionMemberRoleChanged'),
  'membership.removed': () => t('actionMemberRemoved'),
  'schedule_override.created': () => t('actionOverrideCreated'),
  'schedule_override.removed': () => t('actionOverrideRemoved'),
  'service.created': () => t('actionServiceCreated'),
  'service.updated': () => t('actionServiceUpdated'),
  'service.staff_set': () => t('actionServiceStaffSet'),
  'service_option.created': () => t('actionOptionCreated'),
  'service_option.updated': () => t('actionOptionUpdated'),
  'staff_invitation.created': () => t('actionInvitationCreated'),
  'staff_invitation.resent': () => t('actionInvitationResent'),
  'staff_invitation.revoked': () => t('actionInvitationRevoked'),
  'staff_invitation.accepted': () => t('actionInvitationAccepted'),
  'tenant.created': () => t('actionTenantCreated'),
  'tenant.settings_updated': () => t('actionTenantSettingsUpdated'),
  'tenant.logo_added': () => t('actionLogoAdded'),
  'tenant.logo_replaced': () => t('actionLogoReplaced'),
  'tenant.logo_removed': () => t('actionLogoRemoved'),
  'tenant.suspended': () => t('actionTenantSuspended'),
  'tenant.reactivated': () => t('actionTenantReactivated'),
  'working_hours.set': () => t('actionWorkingHoursSet'),
  'invoice.created': () => t('actionInvoiceCreated'),
  'invoice.issued': () => t('actionInvoiceIssued'),
  'invoice.voided': () => t('actionInvoiceVoided'),
  'invoice.paid': () => t('actionInvoicePaid'),
  'invoice.credit_note_issued': () => t('actionCreditNoteIssued'),
  'payment.recorded': () => t('actionPaymentRecorded'),
  'payment.succeeded': () => t('actionPaymentSucceeded'),
  'payment.failed': () => t('actionPaymentFailed'),
  'refund.requested': () => t('actionRefundRequested'),
  'refund.succeeded': () => t('actionRefundSucceeded'),
  'refund.failed': () => t('actionRefundFailed'),
  'payments.account_updated': () => t('actionPaymentsAccountUpdated'),
  'payments.webhook_refused': () => t('actionPaymentsWebhookRefused'),
})

/**
 * An audit action in the reader's language. An entry the list does not know (written by an older
 * version under a name since retired) reads as a plain "other change", never as its raw key.
 */
export function historyActionText(t: Translator<'adminClients'>, action: string): string {
  return isAuditAction(action) ? historyLabels(t)[action]() : t('actionOther')
}
