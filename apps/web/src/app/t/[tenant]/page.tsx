import type { Metadata } from 'next'
import { notFound } from 'next/navigation'
import { tradeLabel } from '../../../features/tenants/trade-label'
import { loadPortalTenant } from '../../../server/portal-tenant'

interface Props {
  params: Promise<{ tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const tenant = await loadPortalTenant((await params).tenant)
  return tenant ? { title: tenant.name } : {}
}

/** A business's public portal page: reached only through the proxy's rewrite of its subdomain. */
export default async function TenantHomePage({ params }: Props) {
  const tenant = await loadPortalTenant((await params).tenant)
  if (!tenant) notFound()
  const locale = tenant.defaultLocale
  return (
    <main lang={locale}>
      <h1>{tenant.name}</h1>
      <p>{tradeLabel(tenant.trade, locale)}</p>
    </main>
  )
}
