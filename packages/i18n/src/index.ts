export { defaultLocale, intlLocales, isLocale, type Locale, localeCookieName, locales } from './locales'
export {
  type LocaleSignals,
  localeFromAcceptLanguage,
  localeFromCookieHeader,
  negotiateLocale,
} from './negotiate-locale'
export { clockText, createFormatters, type DateInput, type FormatContext, type Formatters } from './format'
export { catalogs, type Messages } from './messages'
export { emailCatalogs, type EmailMessages } from './messages/email-catalogs'
export { catalogDifferences, flattenMessages, type MessageTree } from './catalog-keys'
export {
  type DomainErrorMessages,
  domainErrorCatalogs,
  errorMessage,
  type ErrorMessageKey,
  isErrorMessageKey,
} from './domain-errors'
export { errorMessageIn } from './error-message-in'
