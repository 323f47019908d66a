export type { MailMessage, Mailer } from './mailer'
export { createOutboxMailer } from './outbox-mailer'
export { type MailboxEntry, readLocalMailbox } from './local-mailbox'
export { type SignInCodeEmail, signInCodeEmail } from './sign-in-code-email'
