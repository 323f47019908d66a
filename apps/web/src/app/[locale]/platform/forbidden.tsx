import { getLocale, getTranslations } from 'next-intl/server'

/** 403 for a signed-in person who is not a platform operator, in the reader's language. */
export default async function PlatformForbidden() {
  const locale = await getLocale()
  const t = await getTranslations('platform')
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('forbiddenTitle')}</h1>
      <p className="mt-2">{t('forbiddenBody')}</p>
      <p className="mt-6">
        <a href={`/${locale}`} className="text-primary underline underline-offset-4">
          {t('forbiddenHome')}
        </a>
      </p>
    </main>
  )
}
