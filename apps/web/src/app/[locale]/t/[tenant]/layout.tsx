import { brandTheme } from '@portail/ui/brand-theme'
import type { Metadata, Viewport } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { CSSProperties, ReactNode } from 'react'
import { webEnv } from '~/env'
import { SignOutButton } from '~/features/auth/sign-out-button'
import { SiteHeader } from '~/features/layout/site-header'
import { portalThemeColor } from '~/features/pwa/portal-manifest'
import { ServiceWorkerRegistration } from '~/features/pwa/service-worker-registration'
import { tenantLogoPath } from '~/features/tenants/logo-path'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { loadPortalTenant } from '~/server/portal-tenant'

interface Props {
  children: ReactNode
  params: Promise<{ locale: string; tenant: string }>
}

/** The portal installs as the business's own app (features/pwa): its manifest, in this language. */
export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  return { manifest: `/${locale}/manifest.webmanifest` }
}

export async function generateViewport({ params }: Props): Promise<Viewport> {
  const tenant = await loadPortalTenant((await params).tenant)
  return tenant ? { themeColor: portalThemeColor(tenant.branding) } : {}
}

/** A business's portal: its name and colours around every page, and the reader's session. */
export default async function PortalLayout({ children, params }: Props) {
  const locale = await readLocaleParam(params)
  const tenant = await loadPortalTenant((await params).tenant)
  if (!tenant) notFound()
  const identity = await currentIdentity()
  const t = await getTranslations('auth')
  return (
    // The business's colour, darkened where needed to stay readable on white (brandTheme).
    <div style={brandTheme(tenant.branding.primaryColor) as CSSProperties}>
      <SiteHeader
        title={tenant.name}
        homeHref={`/${locale}`}
        logoUrl={tenant.logoVersion === null ? undefined : tenantLogoPath(tenant.logoVersion)}
      >
        {identity ? (
          <SignOutButton
            label={t('signOut')}
            pendingLabel={t('signingOut')}
            locale={locale}
            viaClerk={webEnv().clerk !== null}
          />
        ) : null}
      </SiteHeader>
      {children}
      <ServiceWorkerRegistration />
    </div>
  )
}
