import { catalogs } from '@portail/i18n'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { BookingWizard } from '~/features/booking/booking-wizard'
import { dayIn } from '~/features/booking/wizard-choice'
import { readLocaleParam } from '~/i18n/locale-param'
import { readPortalVisitor } from '~/server/portal-access'
import { serverApi } from '~/trpc/server'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'booking' })
  return { title: t('title') }
}

/**
 * /portal/book: the booking wizard. Open to visitors up to the review (they sign in there and come
 * back to it); only a client of the business can confirm.
 */
export default async function BookPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await params
  const reader = await readPortalVisitor(tenant)
  const api = await serverApi()
  const [catalog, profile] = await Promise.all([
    api.booking.catalog(),
    reader.clientId ? api.client.me() : Promise.resolve(null),
  ])
  const t = await getTranslations('booking')
  return (
    <main id="content" className="mx-auto max-w-3xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-muted-foreground">{t('intro', { business: reader.tenant.name })}</p>
      <NextIntlClientProvider locale={locale} messages={{ booking: catalogs[locale].booking }}>
        <TRPCReactProvider locale={locale}>
          <BookingWizard
            locale={locale}
            tenant={tenant}
            business={reader.tenant.name}
            timeZone={reader.tenant.timeZone}
            // Decided here once: the server's and the browser's clocks and zones differ.
            today={dayIn(reader.tenant.timeZone, Date.now())}
            catalog={catalog}
            reader={reader.clientId ? 'client' : reader.identity ? 'signedIn' : 'visitor'}
            profileAddress={profile?.serviceAddress ?? null}
          />
        </TRPCReactProvider>
      </NextIntlClientProvider>
    </main>
  )
}
