import type { Locale } from '../locales'
import { billingEmailEn } from './en/billing-email'
import { emailEn } from './en/email'
import { billingEmailFr } from './fr/billing-email'
import { emailFr } from './fr/email'
import type { CatalogOf } from './messages'

// The billing emails' words live in their own file, nested as `email.billing`.
const fr = { email: { ...emailFr.email, billing: billingEmailFr } }
const en: CatalogOf<typeof fr> = { email: { ...emailEn.email, billing: billingEmailEn } }

/** The words of the emails, per locale (the `email` namespace); see fr/email.ts for why apart. */
export type EmailMessages = CatalogOf<typeof fr>

export const emailCatalogs: Record<Locale, EmailMessages> = { fr, en }
