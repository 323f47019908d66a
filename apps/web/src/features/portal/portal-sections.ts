import type { Locale } from '@portail/i18n'
import type { Translator } from '~/i18n/translator'
import type { PortalNavItem } from './portal-nav'

/** Sections of the portal that are not built yet: each page says what it will let the client do. */
export const comingSections = ['invoices', 'messages', 'documents'] as const
export type ComingSection = (typeof comingSections)[number]

export const isComingSection = (segment: string): segment is ComingSection =>
  (comingSections as readonly string[]).includes(segment)

export function sectionLabel(t: Translator<'portal'>, section: ComingSection): string {
  switch (section) {
    case 'invoices':
      return t('invoices')
    case 'messages':
      return t('messages')
    case 'documents':
      return t('documents')
  }
}

export function sectionPromise(t: Translator<'portal'>, section: ComingSection): string {
  switch (section) {
    case 'invoices':
      return t('invoicesSectionSoon')
    case 'messages':
      return t('messagesSoon')
    case 'documents':
      return t('documentsSoon')
  }
}

/** Dashboard, booking and appointments, the coming sections, then the profile, as the navigation lists them. */
export function portalNavItems(t: Translator<'portal'>, locale: Locale): PortalNavItem[] {
  const base = `/${locale}/portal`
  return [
    { segment: null, href: base, label: t('dashboard'), comingSoon: false },
    { segment: 'book', href: `${base}/book`, label: t('book'), comingSoon: false },
    { segment: 'appointments', href: `${base}/appointments`, label: t('appointments'), comingSoon: false },
    ...comingSections.map((section) => ({
      segment: section,
      href: `${base}/${section}`,
      label: sectionLabel(t, section),
      comingSoon: true,
    })),
    { segment: 'profile', href: `${base}/profile`, label: t('profile'), comingSoon: false },
  ]
}
