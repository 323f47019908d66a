import { can } from '@portail/auth'
import { catalogs } from '@portail/i18n'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { PreviewWords } from '~/features/admin-booking/service-preview'
import { ServicesScreen } from '~/features/admin-booking/services-screen'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { getQueryClient, HydrateClient, trpc } from '~/trpc/prefetch'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminServices' })
  return { title: t('title') }
}

// The preview shows a service in both languages whatever the reader's: its words come from both catalogs.
const fr = catalogs.fr.servicePreview
const en = catalogs.en.servicePreview
const previewWords: { fr: PreviewWords; en: PreviewWords } = {
  fr: {
    heading: fr.heading,
    untitled: fr.untitled,
    optionsTitle: fr.optionsTitle,
    free: fr.free,
    deposit: fr.deposit,
    fullPayment: fr.fullPayment,
  },
  en: {
    heading: en.heading,
    untitled: en.untitled,
    optionsTitle: en.optionsTitle,
    free: en.free,
    deposit: en.deposit,
    fullPayment: en.fullPayment,
  },
}

/** Services, their options and who performs them, with the client's view of each. */
export default async function AdminServicesPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { role } = await requireStaff(locale, (await params).tenant)
  const queryClient = getQueryClient()
  await Promise.all([
    queryClient.prefetchQuery(trpc.staff.catalog.get.queryOptions()),
    queryClient.prefetchQuery(trpc.staff.bookings.members.queryOptions()),
  ])
  const t = await getTranslations('adminServices')
  const canWrite = can(role, 'settings.write')
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 mb-6 max-w-2xl text-muted-foreground">{t('intro')}</p>
      {canWrite ? null : <p className="mb-6 text-sm text-muted-foreground">{t('readOnly')}</p>}
      <HydrateClient>
        <ServicesScreen canWrite={canWrite} previewWords={previewWords} />
      </HydrateClient>
    </main>
  )
}
