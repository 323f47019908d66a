import { type Locale, locales } from '@portail/i18n'
import { getLocale, getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { visiblePathHeader } from '~/server/locale-routing'
import { LanguageSwitchLink } from './language-switch-link'
import { switchLocaleHref } from './switch-locale-href'

/**
 * A plain link to this very page (path and query) in the other language: it works without
 * JavaScript (the server renders the right href), and the proxy remembers the choice (NEXT_LOCALE)
 * when the link is followed.
 */
export async function LanguageSwitcher() {
  const locale = await getLocale()
  const t = await getTranslations('common')
  const target: Locale = locales.find((candidate) => candidate !== locale) ?? 'en'
  const visiblePath = (await headers()).get(visiblePathHeader) ?? `/${locale}`
  return (
    <LanguageSwitchLink
      initialHref={switchLocaleHref(visiblePath, target)}
      target={target}
      label={t('otherLanguage')}
      hint={t('otherLanguageHint')}
      className="rounded px-2 py-1 text-sm font-medium text-primary underline-offset-4 hover:underline focus-visible:outline-2 focus-visible:outline-ring"
    />
  )
}
