/**
 * The messages moved to @portail/i18n (`domainErrorCatalogs`, one catalog per language, so a page
 * hands the browser only its reader's language). This re-export keeps `@portail/core/error-messages`
 * imports written before the move compiling; new code imports from @portail/i18n.
 */
export { errorMessage, type ErrorMessageKey, type Locale as MessageLocale } from '@portail/i18n'
