import type { NotificationTopic, SkipReason, StaffNoticeKind } from '@portail/db/schema'
import type { BookingMessageProps, EmailTemplateName } from '@portail/email'

/**
 * The shapes of `notify()` (issue 13, contract B). Helper W's workflows build these; the delivery
 * log stores what `DeliveryOutcome` says, one row per channel.
 * `EmailTemplateName` and `BookingMessageProps` are @portail/email's.
 */

export type { NotificationTopic, StaffNoticeKind }

/** Every channel a message may take; in-app is always on and carries no preference. */
export type DeliveryChannel = 'email' | 'sms' | 'push' | 'in_app'

/** The plain reason a message did not go out (message_deliveries.skip_reason). */
export type { SkipReason }

export type { BookingMessageProps, EmailTemplateName }

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
  /**
   * The workflow found the booking cancelled or moved since its event: nothing is sent, and every
   * channel is logged skipped with this reason (so the log says why the message never came).
   */
  skip?: Extract<SkipReason, 'booking_cancelled' | 'booking_moved'>
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
