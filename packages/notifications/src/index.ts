export { notify, type NotifyOptions } from './notify/notify'
export { InvalidNotifyRequestError, RecipientNotFoundError, UnknownTemplateError } from './notify/notify-errors'
export { type NotifyNudge, setNotifyNudge } from './notify/notify-hooks'
export { defaultQuietHours, type QuietHours } from './notify/quiet-hours'
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
export * from './webhooks'
