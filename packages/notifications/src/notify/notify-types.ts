/**
 * The shapes of `notify()` (issue 13, contract B). Helper W's workflows build these; the delivery
 * log stores what `DeliveryOutcome` says, one row per channel.
 *
 * `EmailTemplateName` and `BookingMessageProps` mirror @portail/email's (helper M) until that
 * package exports them; then they are re-exported from there, unchanged.
 */

/** What a client chooses channels for (clients.communication_preferences.topics). */
export type NotificationTopic = 'reminders' | 'bookingChanges' | 'payments' | 'messages'

/** Which notices a staff member may turn off (memberships.notification_preferences). */
export type StaffNoticeKind = 'bookingCreated' | 'bookingCancelled' | 'bookingRescheduled' | 'messages'

/** Every channel a message may take; in-app is always on and carries no preference. */
export type DeliveryChannel = 'email' | 'sms' | 'push' | 'in_app'

/** The plain reason a message did not go out (message_deliveries.skip_reason). */
export type SkipReason =
  | 'opted_out'
  | 'no_email'
  | 'no_phone'
  | 'no_push_device'
  | 'quiet_hours'
  | 'booking_cancelled'
  | 'booking_moved'
  | 'too_late'
  | 'address_bouncing'
  | 'channel_off'

export type EmailTemplateName =
  | 'sign-in-code'
  | 'step-up-code'
  | 'staff-invitation'
  | 'client-portal-invitation'
  | 'booking-confirmed'
  | 'booking-staff-notice'
  | 'booking-reminder'
  | 'booking-cancelled'
  | 'booking-rescheduled'
  | 'booking-hold-expired'
  | 'booking-no-show'

export interface BookingMessageProps {
  recipientName: string
  serviceName: string
  /** ISO instants. */
  start: string
  end: string
  timeZone: string
  staffName: string | null
  address: string | null
  manageUrl: string
  leadHours?: number
  previousStart?: string
  by?: 'client' | 'staff' | 'system'
  feeCents?: number
  /** Staff notices name the client. */
  clientName?: string
}

/** A file attached to the email (the booking's .ics), as mail_outbox.attachments stores it. */
export interface NotifyAttachment {
  filename: string
  contentType: string
  contentBase64: string
}

export type NotifyRecipient = { kind: 'client'; clientId: string } | { kind: 'staff'; userId: string }

export interface NotifyRequest {
  /** From the workflow's own event, re-checked against the row: never from user input. */
  tenantId: string
  recipient: NotifyRecipient
  /** 'essential' goes by email whatever the preferences (receipts); staff use their notice kinds. */
  topic: NotificationTopic | 'essential' | StaffNoticeKind
  template: EmailTemplateName
  props: BookingMessageProps
  bookingId?: string
  /** Unique per message (`booking:<id>:confirmed`): a repeat writes nothing and returns the first outcomes. */
  dedupeKey: string
  /** Past this instant the message is pointless (a reminder after its appointment): skipped too_late. */
  notAfter?: Date
  /** Only these channels (a retry of the deferred ones); default: every channel. */
  channels?: DeliveryChannel[]
  attachments?: NotifyAttachment[]
  /** The real time of the decision (workflows pass their memoised clock). */
  now: Date
}

export type DeliveryOutcomeStatus = 'queued' | 'sent' | 'skipped' | 'deferred' | 'failed'

export interface DeliveryOutcome {
  channel: DeliveryChannel
  status: DeliveryOutcomeStatus
  reason?: SkipReason
  /** For `deferred`: when quiet hours end (send again then, if still useful). */
  until?: Date
}
