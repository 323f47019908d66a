import { flattenMessages } from './catalog-keys'
import type { Locale } from './locales'
import { domainErrorsEn } from './messages/en/domain-errors'
import { domainErrorsFr } from './messages/fr/domain-errors'
import type { DomainErrorMessages } from './messages/domain-error-messages'

/**
 * What the server says when core refuses something (a DomainError's message key) and what an input
 * check says (a validator's issue message is a key): `tenant.notFound`, `input.controlCharacter`.
 * Kept apart from `catalogs` because the key is chosen at run time, never by a literal `t('…')`
 * the web app's usage check could see. The server words a refusal in the caller's language; a page
 * whose forms check inputs in the browser hands its client components only its own language's
 * catalog, read there with `errorMessageIn` (`@portail/i18n/error-message-in`, which loads none).
 */
export type { DomainErrorMessages }

export const domainErrorCatalogs: Record<Locale, DomainErrorMessages> = { fr: domainErrorsFr, en: domainErrorsEn }

type DottedKeys<T> = {
  [K in keyof T & string]: T[K] extends string ? K : `${K}.${DottedKeys<T[K]>}`
}[keyof T & string]

/** `tenant.notFound`, `input.required`...: a DomainError's message key, or a validator's. */
export type ErrorMessageKey = DottedKeys<typeof domainErrorsFr>

const flatCatalogs: Record<Locale, ReadonlyMap<string, string>> = {
  fr: flattenMessages(domainErrorCatalogs.fr),
  en: flattenMessages(domainErrorCatalogs.en),
}

export const isErrorMessageKey = (value: unknown): value is ErrorMessageKey =>
  typeof value === 'string' && flatCatalogs.fr.has(value)

/** The message of a key in one language (the server's side: both catalogs are loaded there). */
export function errorMessage(key: ErrorMessageKey, locale: Locale): string {
  // Every key of fr is in en: the DomainErrorMessages type and the catalog test both hold it.
  return flatCatalogs[locale].get(key) ?? key
}
