import type { Locale } from '../locales'
import { emailEn } from './en/email'
import { emailFr } from './fr/email'
import type { CatalogOf } from './messages'

/** The words of the emails, per locale (the `email` namespace); see fr/email.ts for why apart. */
export type EmailMessages = CatalogOf<typeof emailFr>

export const emailCatalogs: Record<Locale, EmailMessages> = { fr: emailFr, en: emailEn }
