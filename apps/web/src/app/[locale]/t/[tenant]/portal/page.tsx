import { hasNoNameOfTheirOwn } from '@portail/auth'
import { createFormatters } from '@portail/i18n'
import { buttonVariants } from '@portail/ui/button'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { UpcomingCard } from '~/features/booking/upcoming-card'
import { DashboardNotifications } from '~/features/notifications/dashboard-notifications'
import { ActivityList } from '~/features/portal/activity-list'
import { DashboardCard } from '~/features/portal/dashboard-card'
import { LazyJoinForm } from '~/features/portal/lazy-join-form'
import { PrivacyNotice } from '~/features/portal/privacy-notice'
import { readLocaleParam } from '~/i18n/locale-param'
import { requirePortalReader } from '~/server/portal-access'
import { nullIfCursorRefused } from '~/server/refused-cursor'
import { safeReturnPath } from '~/server/sign-in-return'
import { serverApi } from '~/trpc/server'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  /**
   * `activity`: the cursor of an older page of recent activity; `next`: where a first visit goes
   * once joined (the booking review that sent the person here).
   */
  searchParams: Promise<{ activity?: string | string[]; next?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'portal' })
  return { title: t('dashboard') }
}

/**
 * /portal: a client's dashboard; on a first visit, the business's privacy notice and the way in;
 * for the business's own team, the way to their admin area.
 */
export default async function PortalDashboardPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const access = await requirePortalReader(locale, (await params).tenant)
  const { tenant } = access
  const t = await getTranslations('portal')
  const join = await getTranslations('portalJoin')
  const adminHref = `/${locale}/admin`

  if (!access.clientId && access.staffRole) {
    return (
      <main id="content" className="mx-auto max-w-4xl px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">{join('staffTitle', { business: tenant.name })}</h1>
        <p className="mt-3 max-w-2xl">{join('staffBody')}</p>
        <a href={adminHref} className={buttonVariants({ className: 'mt-6' })}>
          {join('staffAction')}
        </a>
      </main>
    )
  }

  const api = await serverApi()
  if (!access.clientId) {
    const { state, privacyNoticeVersion, privacyOfficer } = await api.portal.membershipState()
    if (state === 'closed') {
      // The business archived this person's record: joining would be refused, so no join offer.
      return (
        <main id="content" className="mx-auto max-w-3xl px-4 py-8">
          <h1 className="text-3xl font-bold tracking-tight">{join('closedTitle', { business: tenant.name })}</h1>
          <p className="mt-3 max-w-2xl">{join('closedBody', { business: tenant.name })}</p>
          <PrivacyNotice
            business={tenant.name}
            version={privacyNoticeVersion}
            versionDate={noticeDate(privacyNoticeVersion, locale)}
            officer={privacyOfficer}
          />
        </main>
      )
    }
    const next = (await searchParams).next
    const returnTo = typeof next === 'string' ? safeReturnPath(locale, next) : undefined
    return (
      <main id="content" className="mx-auto max-w-3xl px-4 py-8">
        <h1 className="text-3xl font-bold tracking-tight">{join('title', { business: tenant.name })}</h1>
        <p className="mt-3 max-w-2xl">{join('intro', { business: tenant.name })}</p>
        <PrivacyNotice
          business={tenant.name}
          version={privacyNoticeVersion}
          versionDate={noticeDate(privacyNoticeVersion, locale)}
          officer={privacyOfficer}
        />
        <LazyJoinForm
          locale={locale}
          privacyNoticeVersion={privacyNoticeVersion}
          returnTo={returnTo}
          askName={hasNoNameOfTheirOwn(access.identity)}
          labels={{
            accept: join('accept', { business: tenant.name }),
            join: join('join'),
            joining: join('joining'),
            mustAccept: join('mustAccept'),
            networkError: join('networkError'),
            nameLabel: join('nameLabel'),
            nameDescription: join('nameDescription', { business: tenant.name }),
          }}
        />
      </main>
    )
  }

  const requested = firstOf((await searchParams).activity)
  // A cursor edited by hand (or from an old link) is refused by the API: show the newest page.
  const olderPage = requested ? await nullIfCursorRefused(api.client.activity({ cursor: requested, limit: 10 })) : null
  const [profile, activity, upcoming] = await Promise.all([
    api.client.me(),
    olderPage ? Promise.resolve(olderPage) : api.client.activity({ limit: 10 }),
    api.booking.mine({ scope: 'upcoming', limit: 3 }),
  ])
  const cursor = olderPage ? requested : undefined
  const unavailable = t('notYetAvailable')
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{t('welcomeBack', { name: profile.fullName })}</h1>
      <p className="mt-2 text-muted-foreground">{t('dashboardIntro', { business: tenant.name })}</p>
      {access.staffRole ? (
        <p className="mt-4 rounded-md border bg-muted/50 px-4 py-3 text-sm">
          {t('adminBanner', { business: tenant.name })}{' '}
          <a href={adminHref} className="font-medium text-primary underline underline-offset-4">
            {t('adminLink')}
          </a>
        </p>
      ) : null}
      <div className="mt-8 grid grid-cols-1 gap-6 md:grid-cols-2">
        <UpcomingCard
          title={t('upcomingTitle')}
          emptyTitle={t('upcomingEmpty')}
          bookLabel={t('bookAction')}
          items={upcoming.items}
          locale={locale}
          timeZone={tenant.timeZone}
        />
        <DashboardNotifications audience="client" locale={locale} timeZone={tenant.timeZone} business={tenant.name} />
        <DashboardCard
          testId="card-invoices"
          title={t('invoicesTitle')}
          emptyTitle={t('invoicesEmpty')}
          emptyBody={t('invoicesSoon', { business: tenant.name })}
          action={{ kind: 'unavailable', label: t('payAction'), why: unavailable }}
        />
        <DashboardCard
          testId="card-inbox"
          title={t('inboxTitle')}
          emptyTitle={t('inboxEmpty')}
          emptyBody={t('inboxSoon', { business: tenant.name })}
          action={{ kind: 'unavailable', label: t('writeAction'), why: unavailable }}
        />
        <DashboardCard
          testId="card-profile"
          title={t('profileTitle')}
          emptyTitle={profile.email ?? profile.fullName}
          emptyBody={t('profileBody')}
          action={{ kind: 'link', label: t('profileAction'), href: `/${locale}/portal/profile` }}
        />
      </div>
      <ActivityList
        page={activity}
        business={tenant.name}
        locale={locale}
        timeZone={tenant.timeZone}
        firstPage={!cursor}
      />
    </main>
  )
}

const firstOf = (value: string | string[] | undefined) => (Array.isArray(value) ? value[0] : value)

/** A notice version written as a day (2026-11-01), shown as a date in the reader's language. */
function noticeDate(version: string, locale: 'fr' | 'en'): string | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(version)) return null
  const day = new Date(`${version}T00:00:00Z`)
  // A calendar day, not an instant: read on UTC, where it was written, so no time zone moves it.
  return Number.isNaN(day.getTime()) ? null : createFormatters({ locale, timeZone: 'UTC' }).date(day)
}
