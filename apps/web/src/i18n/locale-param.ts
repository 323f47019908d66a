import { isLocale, type Locale } from '@portail/i18n'
import { setRequestLocale } from 'next-intl/server'
import { notFound } from 'next/navigation'

/**
 * The [locale] segment of a page or layout, checked, and handed to next-intl for this render.
 * Every layout and page calls it: they render in parallel, so each must set it for itself.
 */
export async function readLocaleParam(params: Promise<{ locale: string }>): Promise<Locale> {
  const { locale } = await params
  if (!isLocale(locale)) notFound()
  setRequestLocale(locale)
  return locale
}
