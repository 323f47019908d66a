export {
  deliverPendingMail,
  type DeliverPendingMailOptions,
  type RelayRun,
  retryDelayMinutes,
} from './deliver-pending-mail'
export { type MailEnv, readMailEnv } from './env'
export { createMailFolderTransport, type MailFile } from './mail-folder-transport'
export { mailTransportFromEnv } from './mail-transport-from-env'
export { createResendTransport, type ResendTransportOptions } from './resend-transport'
export { type DeliveryResult, localTransport, type MailTransport, type OutgoingMail } from './transport'
