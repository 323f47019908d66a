import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ClientForm } from '~/features/admin/clients/client-form'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminClients' })
  return { title: t('newTitle') }
}

export default async function NewClientPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await requireStaff(locale, (await params).tenant)
  const t = await getTranslations('adminClients')
  return (
    <main id="content">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{t('newTitle')}</h1>
      <ClientForm client={null} defaultLocale={tenant.defaultLocale} />
    </main>
  )
}
