import { isLocale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { portalManifest } from '~/features/pwa/portal-manifest'
import { loadPortalTenant } from '~/server/portal-tenant'

interface Params {
  params: Promise<{ locale: string; tenant: string }>
}

/**
 * The portal's web app manifest in the reader's language (`/fr/manifest.webmanifest` on the
 * business's own host; the tenant layout links it). Public, like the portal's home page.
 */
export async function GET(_request: Request, { params }: Params): Promise<Response> {
  const { locale, tenant: slug } = await params
  if (!isLocale(locale)) return new Response(null, { status: 404 })
  const tenant = await loadPortalTenant(slug)
  if (!tenant) return new Response(null, { status: 404 })
  const t = await getTranslations({ locale, namespace: 'pwa' })
  const description = t('manifestDescription', { business: tenant.name })
  return new Response(JSON.stringify(portalManifest(tenant, locale, description)), {
    headers: { 'content-type': 'application/manifest+json; charset=utf-8' },
  })
}
