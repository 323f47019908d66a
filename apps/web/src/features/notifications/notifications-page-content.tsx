import { catalogs, type Locale } from '@portail/i18n'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { TRPCReactProvider } from '~/trpc/client'
import { type FeedPage, NotificationFeed } from './notification-feed'

/**
 * The notifications page of the portal (a client) or the admin area (a team member): heading,
 * the live list, and what the page adds below it (the client's delivery history).
 */
export async function NotificationsPageContent({
  audience,
  locale,
  timeZone,
  business,
  firstPage,
  children,
}: {
  audience: 'client' | 'staff'
  locale: Locale
  timeZone: string
  business: string
  firstPage: FeedPage
  children?: ReactNode
}) {
  const t = await getTranslations('notifications')
  return (
    <>
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-muted-foreground">{t('intro', { business })}</p>
      <NextIntlClientProvider
        locale={locale}
        timeZone={timeZone}
        messages={{ notifications: catalogs[locale].notifications }}
      >
        <TRPCReactProvider locale={locale}>
          <NotificationFeed
            audience={audience}
            locale={locale}
            timeZone={timeZone}
            business={business}
            firstPage={firstPage}
          />
        </TRPCReactProvider>
      </NextIntlClientProvider>
      {children}
    </>
  )
}
