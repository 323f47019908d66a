import { catalogs } from '@portail/i18n'
import { ZGetTenantInput } from '@portail/validators'
import { TRPCError } from '@trpc/server'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { webEnv } from '~/env'
import { platformFormatters } from '~/features/platform/platform-clock'
import { StatusBadge } from '~/features/platform/status-badge'
import { TenantStatusDialog } from '~/features/platform/tenant-status-dialog'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import { tradeLabel } from '~/features/tenants/trade-label'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireOperator } from '~/server/operator-access'
import { TRPCReactProvider } from '~/trpc/client'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenantId: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'platform' })
  return { title: t('title') }
}

/** One business in the operator console: its registry row, its size, and suspend or reactivate. */
export default async function PlatformTenantPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenantId } = await params
  await requireOperator(locale, `/${locale}/platform/${tenantId}`)
  if (!ZGetTenantInput.safeParse({ tenantId }).success) notFound()
  const api = await serverApi()
  const tenant = await api.operator.tenants.get({ tenantId }).catch((error: unknown) => {
    if (error instanceof TRPCError && error.code === 'NOT_FOUND') notFound()
    throw error
  })
  const t = await getTranslations('platform')
  const trades = await getTranslations('trades')
  const start = await getTranslations('start')
  const format = platformFormatters(locale)
  const { rootDomain } = webEnv()
  const facts: [string, string][] = [
    [t('detailAddress'), `${tenant.slug}.${rootDomain}`],
    [t('columnTrade'), tradeLabel(tenant.trade, trades)],
    [t('detailTimeZone'), tenant.timeZone],
    [t('detailLanguage'), tenant.defaultLocale === 'fr' ? start('localeFr') : start('localeEn')],
    [t('columnCreated'), format.dateTime(tenant.createdAt)],
    [t('detailUpdated'), format.dateTime(tenant.updatedAt)],
    [t('columnMembers'), String(tenant.memberCount)],
    [t('columnClients'), String(tenant.clientCount)],
  ]

  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <p>
          <a href={`/${locale}/platform`} className="text-sm text-primary underline underline-offset-4">
            {t('backToList')}
          </a>
        </p>
        <div className="mt-4 flex flex-wrap items-center gap-3">
          <h1 className="text-3xl font-bold tracking-tight">{tenant.name}</h1>
          <span data-testid="tenant-status">
            <StatusBadge status={tenant.status} t={t} />
          </span>
        </div>
        <dl className="mt-8 grid gap-x-8 gap-y-3 sm:grid-cols-[max-content_1fr]">
          {facts.map(([label, value]) => (
            <div key={label} className="contents">
              <dt className="font-medium">{label}</dt>
              <dd className="text-muted-foreground">{value}</dd>
            </div>
          ))}
          {tenant.suspendedReason ? (
            <div className="contents">
              <dt className="font-medium">{t('detailSuspendedReason')}</dt>
              <dd className="text-muted-foreground">{tenant.suspendedReason}</dd>
            </div>
          ) : null}
        </dl>
        <div className="mt-8">
          <NextIntlClientProvider locale={locale} messages={{ platform: catalogs[locale].platform }}>
            <TRPCReactProvider locale={locale}>
              <TenantStatusDialog tenantId={tenant.id} name={tenant.name} status={tenant.status} />
            </TRPCReactProvider>
          </NextIntlClientProvider>
        </div>
      </main>
    </>
  )
}
