/** The catalog key of a message's label (deliveryLog.templates.*): 'booking-no-show' -> 'bookingNoShow'. */
export type TemplateLabelKey =
  | 'bookingConfirmed'
  | 'bookingStaffNotice'
  | 'bookingReminder'
  | 'bookingCancelled'
  | 'bookingRescheduled'
  | 'bookingHoldExpired'
  | 'bookingNoShow'
  | 'bookingUnassigned'
  | 'other'

const known: Record<string, TemplateLabelKey> = {
  'booking-confirmed': 'bookingConfirmed',
  'booking-staff-notice': 'bookingStaffNotice',
  'booking-reminder': 'bookingReminder',
  'booking-cancelled': 'bookingCancelled',
  'booking-rescheduled': 'bookingRescheduled',
  'booking-hold-expired': 'bookingHoldExpired',
  'booking-no-show': 'bookingNoShow',
  'booking-unassigned': 'bookingUnassigned',
}

/** A template the log holds but this build does not name (a newer one) reads as "other message". */
export const templateLabelKey = (template: string): TemplateLabelKey => known[template] ?? 'other'

/** Statuses that mean the message did not reach its recipient: shown in the warning colour. */
export const isTroubleStatus = (status: string) =>
  status === 'failed' || status === 'bounced' || status === 'complained'
