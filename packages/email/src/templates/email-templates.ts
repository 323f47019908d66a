import type { EmailPropsByTemplate, EmailTemplateName } from '../email-types'
import { bookingCancelledEmail } from './booking-cancelled'
import { bookingConfirmedEmail } from './booking-confirmed'
import { bookingHoldExpiredEmail } from './booking-hold-expired'
import { bookingNoShowEmail } from './booking-no-show'
import { bookingReminderEmail } from './booking-reminder'
import { bookingRescheduledEmail } from './booking-rescheduled'
import { bookingStaffNoticeEmail } from './booking-staff-notice'
import { bookingUnassignedEmail } from './booking-unassigned'
import { clientPortalInvitationEmail } from './client-portal-invitation'
import type { EmailTemplate } from './email-template'
import { invoiceIssuedEmail } from './invoice-issued'
import { paymentFailedEmail } from './payment-failed'
import { paymentReceiptEmail } from './payment-receipt'
import { refundIssuedEmail } from './refund-issued'
import { signInCodeEmail } from './sign-in-code'
import { staffInvitationEmail } from './staff-invitation'
import { stepUpCodeEmail } from './step-up-code'

/** Each message's template by name. */
export const emailTemplates: { [Name in EmailTemplateName]: EmailTemplate<EmailPropsByTemplate[Name]> } = {
  'sign-in-code': signInCodeEmail,
  'step-up-code': stepUpCodeEmail,
  'staff-invitation': staffInvitationEmail,
  'client-portal-invitation': clientPortalInvitationEmail,
  'booking-confirmed': bookingConfirmedEmail,
  'booking-staff-notice': bookingStaffNoticeEmail,
  'booking-reminder': bookingReminderEmail,
  'booking-cancelled': bookingCancelledEmail,
  'booking-rescheduled': bookingRescheduledEmail,
  'booking-hold-expired': bookingHoldExpiredEmail,
  'booking-no-show': bookingNoShowEmail,
  'booking-unassigned': bookingUnassignedEmail,
  'invoice-issued': invoiceIssuedEmail,
  'payment-receipt': paymentReceiptEmail,
  'payment-failed': paymentFailedEmail,
  'refund-issued': refundIssuedEmail,
}
