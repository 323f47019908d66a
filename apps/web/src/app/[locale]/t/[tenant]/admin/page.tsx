import { Card, CardDescription, CardHeader, CardTitle } from '@portail/ui/card'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { DashboardNotifications } from '~/features/notifications/dashboard-notifications'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: t('overview') }
}

/** The admin's home: where to go for what is already open. */
export default async function AdminOverviewPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { identity, tenant } = await requireStaff(locale, (await params).tenant)
  const t = await getTranslations('admin')
  const shortcuts = [
    { href: `/${locale}/admin/clients`, title: t('clients'), body: t('overviewClients') },
    { href: `/${locale}/admin/team`, title: t('team'), body: t('overviewTeam') },
    { href: `/${locale}/admin/settings`, title: t('settings'), body: t('overviewSettings') },
  ]
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('overview')}</h1>
      <p className="mt-2 text-muted-foreground">{t('overviewIntro', { name: identity.name || identity.email })}</p>
      <ul className="mt-6 grid gap-4 sm:grid-cols-2 lg:grid-cols-3">
        {shortcuts.map((shortcut) => (
          <li key={shortcut.href}>
            <Card className="h-full">
              <CardHeader>
                <CardTitle>
                  <Link href={shortcut.href} className="underline-offset-4 hover:underline">
                    {shortcut.title}
                  </Link>
                </CardTitle>
                <CardDescription>{shortcut.body}</CardDescription>
              </CardHeader>
            </Card>
          </li>
        ))}
      </ul>
      <div className="mt-6 max-w-xl">
        <DashboardNotifications audience="staff" locale={locale} timeZone={tenant.timeZone} business={tenant.name} />
      </div>
    </main>
  )
}
