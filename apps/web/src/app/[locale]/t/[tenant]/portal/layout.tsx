import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { HeaderBell } from '~/features/notifications/header-bell'
import { PortalNav } from '~/features/portal/portal-nav'
import { portalNavItems } from '~/features/portal/portal-sections'
import { readLocaleParam } from '~/i18n/locale-param'
import { readPortalVisitor } from '~/server/portal-access'

interface Props {
  children: ReactNode
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'portal' })
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false } }
}

/**
 * The client's space on a business's portal, under the business's header (tenant layout: name,
 * logo, colour, sign-out, language). Each page gates itself (a visitor may browse the booking
 * wizard; every other page sends visitors to sign in); the sections appear once the reader is a
 * client here (before that, /portal is the first visit).
 */
export default async function PortalLayout({ children, params }: Props) {
  const locale = await readLocaleParam(params)
  const { clientId } = await readPortalVisitor((await params).tenant)
  const t = await getTranslations('portal')
  return (
    <>
      {clientId ? (
        <PortalNav
          items={portalNavItems(t, locale)}
          label={t('navLabel')}
          soonLabel={t('soonBadge')}
          trailing={<HeaderBell audience="client" locale={locale} />}
        />
      ) : null}
      {children}
    </>
  )
}
