import { catalogs } from '@portail/i18n'
import { Toaster } from '@portail/ui/toast'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { ProfileForm } from '~/features/portal/profile-form'
import { NotificationPreferencesForm } from '~/features/preferences/notification-preferences-form'
import { PushDeviceToggle } from '~/features/pwa/push-device-toggle'
import { pushPublicKey } from '~/features/pwa/push-public-key'
import { readLocaleParam } from '~/i18n/locale-param'
import { requirePortalClient } from '~/server/portal-access'
import { serverApi } from '~/trpc/server'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  /** `saved=1`: the profile was just saved in the other language, which reopened this page. */
  searchParams: Promise<{ saved?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'portalProfile' })
  return { title: t('title') }
}

/** The client's own profile: contact details, service address, language and reminder channels. */
export default async function ProfilePage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant } = await requirePortalClient(locale, (await params).tenant)
  const api = await serverApi()
  const profile = await api.client.me()
  const preferences = await api.notificationPreferences.mine()
  const t = await getTranslations('portalProfile')
  const justSaved = (await searchParams).saved === '1'
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 text-muted-foreground">{t('intro', { business: tenant.name })}</p>
      {justSaved ? (
        <p role="status" className="mt-4 rounded-md border border-primary px-4 py-3 font-medium">
          {t('saved')}
        </p>
      ) : null}
      <NextIntlClientProvider
        locale={locale}
        messages={{
          portalProfile: catalogs[locale].portalProfile,
          notificationPreferences: catalogs[locale].notificationPreferences,
          push: catalogs[locale].push,
        }}
      >
        <TRPCReactProvider locale={locale}>
          <ProfileForm profile={profile} locale={locale} business={tenant.name} />
          <NotificationPreferencesForm
            initial={preferences}
            business={tenant.name}
            locale={locale}
            timeZone={tenant.timeZone}
          />
          <div className="mt-8">
            <PushDeviceToggle area="portal" vapidPublicKey={pushPublicKey()} />
          </div>
        </TRPCReactProvider>
      </NextIntlClientProvider>
      <Toaster label={t('toastRegion')} closeLabel={t('toastClose')} />
    </main>
  )
}
