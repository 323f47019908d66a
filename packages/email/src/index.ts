export type { MailMessage, Mailer } from './mailer'
export { createOutboxMailer } from './outbox-mailer'
export { listLocalMailbox, type MailboxEntry, type MailboxMessage, readLocalMailbox } from './local-mailbox'
export { type SignInCodeEmail, signInCodeEmail } from './sign-in-code-email'
export { type StepUpCodeEmail, stepUpCodeEmail } from './step-up-code-email'
export { queueMail } from './queue-mail'
export {
  formatExpiry,
  type InvitationEmail,
  staffInvitationEmail,
  type StaffInvitationEmailInput,
} from './staff-invitation-email'
export { clientPortalInvitationEmail, type ClientPortalInvitationEmailInput } from './client-portal-invitation-email'
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
export { contrastRatio, defaultBrandColor, emailPalette } from './brand-colors'
