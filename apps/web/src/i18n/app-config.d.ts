import type { Locale, Messages } from '@portail/i18n'

// Types every next-intl call against our catalogs: `t('auth.missing')` fails to compile.
declare module 'next-intl' {
  interface AppConfig {
    Locale: Locale
    Messages: Messages
  }
}
