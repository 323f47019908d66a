import { catalogs, defaultLocale, isLocale } from '@portail/i18n'
import { getRequestConfig } from 'next-intl/server'

/**
 * next-intl's per-request configuration. The locale comes from the [locale] segment
 * (setRequestLocale in the layout) or from the header the proxy sets; both are ours, never
 * the client's. Server components get the whole catalog; client components only what their
 * provider hands them (see NextIntlClientProvider uses).
 */
export default getRequestConfig(async ({ requestLocale }) => {
  const requested = await requestLocale
  const locale = isLocale(requested) ? requested : defaultLocale
  return { locale, messages: catalogs[locale] }
})
