import { can } from '@portail/auth'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { LogoForm } from '~/features/admin/settings/logo-form'
import { SettingsForm } from '~/features/admin/settings/settings-form'
import { QuietHoursForm } from '~/features/preferences/quiet-hours-form'
import { StaffNoticesForm } from '~/features/preferences/staff-notices-form'
import { PushDeviceToggle } from '~/features/pwa/push-device-toggle'
import { pushPublicKey } from '~/features/pwa/push-public-key'
import { tenantLogoPath } from '~/features/tenants/logo-path'
import { timeZoneChoices } from '~/features/time-zones/time-zone-choices'
import { timeZoneWords } from '~/features/time-zones/time-zone-words'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'adminSettings' })
  return { title: t('title') }
}

/**
 * The business's profile: name, description in both languages, clock, language, colour, phone and
 * address, privacy officer, logo; the quiet hours of its messages, and the reader's own notices.
 */
export default async function AdminSettingsPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { role } = await requireStaff(locale, (await params).tenant)
  const api = await serverApi()
  const settings = await api.staff.settings.get()
  const t = await getTranslations('adminSettings')
  // The runtime's own IANA list (the server validates against the same ICU data), Canada first.
  const timeZones = timeZoneChoices(Intl.supportedValuesOf('timeZone'), await timeZoneWords(locale), settings.timeZone)
  return (
    <main id="content">
      <h1 className="text-2xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2 mb-6 text-muted-foreground">{t('intro')}</p>
      <SettingsForm
        settings={{
          name: settings.name,
          timeZone: settings.timeZone,
          defaultLocale: settings.defaultLocale,
          primaryColor: settings.primaryColor,
          descriptionFr: settings.descriptionFr,
          descriptionEn: settings.descriptionEn,
          privacyOfficer: settings.privacyOfficer,
          contactPhone: settings.contactPhone,
          contactAddress: settings.contactAddress,
        }}
        timeZones={timeZones}
        canWrite={can(role, 'settings.write')}
      />
      <div className="mt-8">
        <LogoForm
          logoUrl={settings.logoVersion === null ? null : tenantLogoPath(settings.logoVersion)}
          businessName={settings.name}
          canWrite={can(role, 'settings.write')}
        />
      </div>
      <div className="mt-8">
        <QuietHoursForm initial={await api.staff.preferences.quietHours()} canWrite={can(role, 'settings.write')} />
      </div>
      <div className="mt-8">
        <StaffNoticesForm initial={await api.staff.preferences.notices()} />
      </div>
      <div className="mt-8">
        <PushDeviceToggle area="staff" vapidPublicKey={pushPublicKey()} />
      </div>
    </main>
  )
}
