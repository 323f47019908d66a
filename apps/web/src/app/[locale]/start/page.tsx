import { hasNoNameOfTheirOwn } from '@portail/auth'
import { catalogs } from '@portail/i18n'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { webEnv } from '~/env'
import { StartBusinessForm } from '~/features/onboarding/start-business-form'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import { timeZoneChoices } from '~/features/time-zones/time-zone-choices'
import { timeZoneWords } from '~/features/time-zones/time-zone-words'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { platformSignInHref } from '~/server/platform-return'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'start' })
  return { title: t('title') }
}

/** "Start your business" on the platform's site: a signed-in person creates a business and owns it. */
export default async function StartPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const identity = await currentIdentity()
  if (!identity) redirect(platformSignInHref(locale, `/${locale}/start`))
  const t = await getTranslations('start')
  // Every IANA zone this runtime knows (the list the API accepts), Canada's first by city.
  const timeZones = timeZoneChoices(Intl.supportedValuesOf('timeZone'), await timeZoneWords(locale))
  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-2 max-w-xl text-muted-foreground">{t('intro')}</p>
        {/* The form's words only: the browser never downloads the other namespaces. */}
        <NextIntlClientProvider
          locale={locale}
          messages={{ start: catalogs[locale].start, trades: catalogs[locale].trades }}
        >
          <TRPCReactProvider locale={locale}>
            <StartBusinessForm
              locale={locale}
              rootDomain={webEnv().rootDomain}
              timeZones={timeZones}
              // Under Clerk the name is Clerk's: nothing here could store another one.
              askOwnerName={!webEnv().clerk && hasNoNameOfTheirOwn(identity)}
            />
          </TRPCReactProvider>
        </NextIntlClientProvider>
      </main>
    </>
  )
}
