export { InvalidPhoneNumberError, requireE164, toE164 } from './phone'
export { countSmsSegments, isGsm7, type SmsEncoding, type SmsLength, toGsm7 } from './segments'
export {
  isSmsTemplate,
  type RenderedSms,
  renderSms,
  type SmsBookingProps,
  type SmsContext,
  type SmsTemplateName,
  smsTemplateNames,
  UnknownSmsTemplateError,
} from './sms-templates'
export { queueSms, type QueuedSms } from './queue-sms'
export { localSmsTransport, type OutgoingSms, type SmsDeliveryResult, type SmsTransport } from './transport'
export { readSmsEnv, type SmsEnv } from './env'
export { createTwilioTransport, type TwilioTransportOptions } from './twilio-transport'
export { smsTransportFromEnv } from './sms-transport-from-env'
export { deliverPendingSms, type DeliverPendingSmsOptions, type SmsRelayRun } from './deliver-pending-sms'
export { isSignedByTwilio, publicUrlOf, twilioSignatureHeader } from './twilio-signature'
export {
  applyInboundSms,
  applyTwilioStatus,
  handleTwilioInbound,
  handleTwilioStatusCallback,
  type InboundResult,
  type StatusCallbackResult,
  type TwilioWebhookOptions,
} from './twilio-webhooks'
