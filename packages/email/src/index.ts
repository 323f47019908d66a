export type { MailMessage, Mailer } from './mailer'
export { createOutboxMailer } from './outbox-mailer'
export { listLocalMailbox, type MailboxEntry, type MailboxMessage, readLocalMailbox } from './local-mailbox'
export { listLocalSms, type LocalSms } from './local-sms-box'
export { queueMail } from './queue-mail'
export { renderEmail } from './render-email'
export {
  type BookingEmailTemplateName,
  type BookingMessageProps,
  type ClientPortalInvitationEmailProps,
  type CodeEmailProps,
  type EmailBrand,
  type EmailContext,
  type EmailPropsByTemplate,
  type EmailTemplateName,
  emailTemplateNames,
  type RenderedEmail,
  type StaffInvitationEmailProps,
} from './email-types'
export type {
  BillingMessageBase,
  InvoiceIssuedEmailProps,
  PaymentFailedEmailProps,
  PaymentReceiptEmailProps,
  RefundIssuedEmailProps,
} from './billing-email-types'
export { contrastRatio, defaultBrandColor, emailPalette } from './brand-colors'
export { portailEmailBrand } from './portail-email-brand'
export { tenantBrandColumns, type TenantBrandRow, tenantEmailBrand } from './tenant-email-brand'
export { readUnsubscribeEnv, type UnsubscribeEnv } from './env'
export { type UnsubscribeLink, unsubscribeLink } from './unsubscribe/unsubscribe-link'
export { type UnsubscribeTopic, unsubscribeTopics } from './unsubscribe/unsubscribe-token'
