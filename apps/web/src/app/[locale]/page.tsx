import { getTranslations } from 'next-intl/server'
import { SiteHeader } from '~/features/layout/site-header'
import { readLocaleParam } from '~/i18n/locale-param'

interface Props {
  params: Promise<{ locale: string }>
}

/** The platform's landing page on the root domain: what Portail is. */
export default async function LandingPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const t = await getTranslations('landing')
  const common = await getTranslations('common')
  const start = await getTranslations('start')
  const features = [t('featureBook'), t('featurePay'), t('featureMessages')]
  return (
    <>
      <SiteHeader title={common('brand')} homeHref={`/${locale}`} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <h1 className="text-4xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-4 max-w-2xl text-lg text-muted-foreground">{t('intro')}</p>
        <p className="mt-6">
          <a
            href={`/${locale}/start`}
            className="inline-flex h-10 items-center rounded-md bg-primary px-5 font-medium text-primary-foreground focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:outline-none"
          >
            {start('cta')}
          </a>
        </p>
        <section aria-labelledby="features" className="mt-10">
          <h2 id="features" className="text-2xl font-semibold">
            {t('featuresTitle')}
          </h2>
          <ul className="mt-4 grid gap-3 sm:grid-cols-3">
            {features.map((feature) => (
              <li key={feature} className="rounded-lg border p-4">
                {feature}
              </li>
            ))}
          </ul>
        </section>
        <section aria-labelledby="isolation" className="mt-10">
          <h2 id="isolation" className="text-2xl font-semibold">
            {t('isolationTitle')}
          </h2>
          <p className="mt-2 max-w-2xl">{t('isolation')}</p>
        </section>
      </main>
    </>
  )
}
