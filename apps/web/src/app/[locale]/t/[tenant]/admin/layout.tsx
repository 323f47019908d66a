import { catalogs, domainErrorCatalogs } from '@portail/i18n'
import { Toaster } from '@portail/ui/toast'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import type { ReactNode } from 'react'
import { AdminMobileNav } from '~/features/admin/admin-mobile-nav'
import { AdminNav } from '~/features/admin/admin-nav'
import { adminNavItems, roleLabel } from '~/features/admin/admin-sections'
import { DomainErrorMessagesProvider } from '~/features/admin/domain-error-messages'
import { HeaderBell } from '~/features/notifications/header-bell'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  children: ReactNode
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: { default: t('title'), template: `%s · ${t('title')}` }, robots: { index: false } }
}

/**
 * The staff area of a business: sidebar (a sheet on phones) and the tRPC client. Only this
 * business's team gets past requireStaff.
 */
export default async function AdminLayout({ children, params }: Props) {
  const locale = await readLocaleParam(params)
  const { identity, role, tenant } = await requireStaff(locale, (await params).tenant)
  const t = await getTranslations('admin')
  const items = adminNavItems(t, locale)
  const messages = catalogs[locale]
  return (
    // The admin's client components get their own namespaces only, and the business's clock.
    <NextIntlClientProvider
      locale={locale}
      timeZone={tenant.timeZone}
      messages={{
        admin: messages.admin,
        adminClients: messages.adminClients,
        adminSettings: messages.adminSettings,
        adminTeam: messages.adminTeam,
        adminServices: messages.adminServices,
        adminSchedule: messages.adminSchedule,
        adminCalendar: messages.adminCalendar,
        adminBookingErrors: messages.adminBookingErrors,
        deliveryLog: messages.deliveryLog,
        staffNotices: messages.staffNotices,
        quietHours: messages.quietHours,
        push: messages.push,
        // A booking made for a client names the address parts as the client's profile form does.
        portalProfile: {
          line1: messages.portalProfile.line1,
          line2: messages.portalProfile.line2,
          city: messages.portalProfile.city,
          province: messages.portalProfile.province,
          provincePlaceholder: messages.portalProfile.provincePlaceholder,
          postalCode: messages.portalProfile.postalCode,
          addressIncomplete: messages.portalProfile.addressIncomplete,
        },
        // The schedule's policy preview renders the client's own policy wording (PolicySummary).
        booking: {
          policyFree: messages.booking.policyFree,
          policyFreeUntilStart: messages.booking.policyFreeUntilStart,
          policyFee: messages.booking.policyFee,
          policyKeepsDeposit: messages.booking.policyKeepsDeposit,
          policyAlwaysFree: messages.booking.policyAlwaysFree,
          policyMoveUntil: messages.booking.policyMoveUntil,
          policyReschedules: messages.booking.policyReschedules,
        },
      }}
    >
      <TRPCReactProvider locale={locale}>
        <div className="mx-auto flex max-w-7xl gap-8 px-4 py-6">
          <aside className="hidden w-56 shrink-0 md:block">
            <p className="mb-4 text-sm text-muted-foreground">
              {t('signedInAs', { name: identity.name || identity.email, role: roleLabel(t, role) })}
            </p>
            <AdminNav items={items} label={t('navLabel')} comingSoonLabel={t('comingSoon')} />
          </aside>
          <div className="min-w-0 flex-1">
            <div className="mb-4 flex items-center gap-2">
              <div className="md:hidden">
                <AdminMobileNav
                  items={items}
                  labels={{
                    open: t('openMenu'),
                    close: t('closeMenu'),
                    title: t('menuTitle'),
                    nav: t('navLabel'),
                    comingSoon: t('comingSoon'),
                  }}
                />
              </div>
              <div className="ml-auto">
                <HeaderBell audience="staff" locale={locale} />
              </div>
            </div>
            {/* The forms' check messages, in this reader's language only. */}
            <DomainErrorMessagesProvider messages={domainErrorCatalogs[locale]}>{children}</DomainErrorMessagesProvider>
          </div>
        </div>
        <Toaster label={t('toastRegion')} closeLabel={t('toastClose')} />
      </TRPCReactProvider>
    </NextIntlClientProvider>
  )
}
