import { buttonVariants } from '@portail/ui/button'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { BusinessContact } from '~/features/portal/business-contact'
import { BusinessOverview } from '~/features/portal/business-overview'
import { tenantLogoPath } from '~/features/tenants/logo-path'
import { tradeLabel } from '~/features/tenants/trade-label'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { loadPortalTenant } from '~/server/portal-tenant'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tenant = await loadPortalTenant((await params).tenant)
  return tenant ? { title: tenant.name } : {}
}

/**
 * A business's public portal page: reached only through the proxy's rewrite of its subdomain. What
 * it offers (services, opening hours) and how to reach it (phone, address) are read as the public
 * actor, like the booking wizard.
 */
export default async function TenantHomePage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const tenant = await loadPortalTenant((await params).tenant)
  if (!tenant) notFound()
  const t = await getTranslations('tenant')
  const trades = await getTranslations('trades')
  const booking = await getTranslations('booking')
  const signedIn = (await currentIdentity()) !== null
  // What the business wrote, in the reader's language, else in the other one (marked as such).
  const api = await serverApi()
  const [profile, catalog, week] = await Promise.all([
    api.tenant.current(),
    api.booking.catalog(),
    api.portal.openingHours(),
  ])
  const own = locale === 'fr' ? profile.descriptionFr : profile.descriptionEn
  const other = locale === 'fr' ? profile.descriptionEn : profile.descriptionFr
  const description = own
    ? { text: own, lang: locale }
    : other
      ? { text: other, lang: locale === 'fr' ? 'en' : 'fr' }
      : null
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-12">
      {tenant.logoVersion === null ? null : (
        <img
          src={tenantLogoPath(tenant.logoVersion)}
          alt={tenant.name}
          className="mb-4 h-20 w-auto max-w-64 object-contain"
          data-testid="tenant-logo"
        />
      )}
      <h1 className="text-4xl font-bold tracking-tight">{tenant.name}</h1>
      <p className="mt-2 text-lg font-medium text-primary">{tradeLabel(tenant.trade, trades)}</p>
      {description ? (
        <p lang={description.lang} className="mt-6 max-w-2xl whitespace-pre-line" data-testid="tenant-description">
          {description.text}
        </p>
      ) : (
        <p className="mt-6 max-w-2xl text-muted-foreground">{t('descriptionPlaceholder', { business: tenant.name })}</p>
      )}
      <BusinessOverview catalog={catalog} week={week} locale={locale} timeZone={profile.timeZone} />
      <BusinessContact profile={profile} locale={locale} />
      <section aria-labelledby="clients" className="mt-10 rounded-lg border p-6">
        <h2 id="clients" className="text-xl font-semibold">
          {t('clientsTitle')}
        </h2>
        <p className="mt-2">{t('clientsBody')}</p>
        <div className="mt-4 flex flex-wrap gap-3">
          <a href={`/${locale}/portal/book`} className={buttonVariants()}>
            {booking('title')}
          </a>
          <a href={`/${locale}/${signedIn ? 'portal' : 'sign-in'}`} className={buttonVariants({ variant: 'outline' })}>
            {signedIn ? t('portalCta') : t('signInCta')}
          </a>
        </div>
      </section>
    </main>
  )
}
