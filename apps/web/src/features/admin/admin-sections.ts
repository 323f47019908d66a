import type { Locale } from '@portail/i18n'
import type { Translator } from '~/i18n/translator'
import type { AdminNavItem } from './admin-nav'

/** Sections that are not built yet: their page says what they will do. */
export const comingSoonSections = ['payments', 'messages', 'documents'] as const
export type ComingSoonSection = (typeof comingSoonSections)[number]

export const isComingSoonSection = (value: string): value is ComingSoonSection =>
  (comingSoonSections as readonly string[]).includes(value)

/** The sidebar, in the order a service business works through its day. */
export function adminNavItems(t: Translator<'admin'>, locale: Locale): AdminNavItem[] {
  const item = (segment: string | null, label: string, comingSoon = false): AdminNavItem => ({
    segment,
    href: segment ? `/${locale}/admin/${segment}` : `/${locale}/admin`,
    label,
    comingSoon,
  })
  return [
    item(null, t('overview')),
    item('bookings', t('bookings')),
    item('clients', t('clients')),
    item('services', t('services')),
    item('schedule', t('schedule')),
    item('payments', t('payments'), true),
    item('messages', t('messages'), true),
    item('documents', t('documents'), true),
    item('settings', t('settings')),
    item('team', t('team')),
  ]
}

/** What a coming-soon section will do, in the reader's language. */
export function comingSoonText(t: Translator<'admin'>, section: ComingSoonSection): { title: string; body: string } {
  switch (section) {
    case 'payments':
      return { title: t('payments'), body: t('paymentsSoon') }
    case 'messages':
      return { title: t('messages'), body: t('messagesSoon') }
    case 'documents':
      return { title: t('documents'), body: t('documentsSoon') }
  }
}

export function roleLabel(t: Translator<'admin'>, role: 'owner' | 'admin' | 'staff'): string {
  switch (role) {
    case 'owner':
      return t('roleOwner')
    case 'admin':
      return t('roleAdmin')
    case 'staff':
      return t('roleStaff')
  }
}
