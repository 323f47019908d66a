import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { ClientForm } from '~/features/admin/clients/client-form'
import { readLocaleParam } from '~/i18n/locale-param'
import { orNotFound } from '~/server/or-not-found'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string; id: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminClients' })
  return { title: t('edit') }
}

export default async function EditClientPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant: slug, id } = await params
  const { tenant } = await requireStaff(locale, slug)
  const api = await serverApi()
  const client = await orNotFound(api.staff.clients.get({ id }))
  const t = await getTranslations('adminClients')
  return (
    <main id="content">
      <h1 className="mb-6 text-2xl font-bold tracking-tight">{t('editTitle', { name: client.fullName })}</h1>
      <ClientForm client={client} defaultLocale={tenant.defaultLocale} />
    </main>
  )
}
