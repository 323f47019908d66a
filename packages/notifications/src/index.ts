export { notify } from './notify/notify'
export type {
  BookingMessageProps,
  DeliveryChannel,
  DeliveryOutcome,
  DeliveryOutcomeStatus,
  EmailTemplateName,
  NotificationTopic,
  NotifyAttachment,
  NotifyRecipient,
  NotifyRequest,
  SkipReason,
  StaffNoticeKind,
} from './notify/notify-types'
export * from './sms'
export * from './push'
