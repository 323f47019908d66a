import { getLocale, getTranslations } from 'next-intl/server'

/** A page that does not exist, in the reader's language (inside the locale's document). */
export default async function LocalizedNotFound() {
  const locale = await getLocale()
  const t = await getTranslations('errors')
  const common = await getTranslations('common')
  return (
    <main id="content" className="mx-auto max-w-xl px-4 py-16">
      <h1 className="text-2xl font-semibold">{t('notFoundTitle')}</h1>
      <p className="mt-2">{t('notFoundBody')}</p>
      <p className="mt-6">
        <a href={`/${locale}`} className="text-primary underline underline-offset-4">
          {common('homeLink')}
        </a>
      </p>
    </main>
  )
}
