import { ZText } from './text'

/**
 * A person's name as they give it at first sign-in (a new owner, a client joining a portal): one
 * line, since it is copied into email greetings and headers, 1 to 100 characters, and not an email
 * address (the name was the email's local part until then: typing the address back is a mistake).
 */
export const ZPersonName = ZText.trim()
  .min(1, { message: 'auth.nameInvalid' })
  .max(100, { message: 'auth.nameInvalid' })
  .refine((name) => !name.includes('@'), { message: 'auth.nameIsEmail' })
