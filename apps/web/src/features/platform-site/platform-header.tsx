import type { Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { webEnv } from '~/env'
import { currentIdentity } from '~/server/page-identity'
import { SignOutButton } from '../auth/sign-out-button'
import { SiteHeader } from '../layout/site-header'

/** The platform site's top bar (root domain): the brand, the console for operators, then sign-in or sign-out. */
export async function PlatformHeader({ locale, signInHref }: { locale: Locale; signInHref?: string }) {
  const common = await getTranslations('common')
  const auth = await getTranslations('auth')
  const rootAuth = await getTranslations('rootAuth')
  const consoleT = await getTranslations('platform')
  const identity = await currentIdentity()
  return (
    <SiteHeader title={common('brand')} homeHref={`/${locale}`}>
      {identity?.platformRole === 'operator' ? (
        <a href={`/${locale}/platform`} className="text-sm font-medium text-primary underline underline-offset-4">
          {consoleT('title')}
        </a>
      ) : null}
      {identity ? (
        <SignOutButton
          label={auth('signOut')}
          pendingLabel={auth('signingOut')}
          locale={locale}
          viaClerk={webEnv().clerk !== null}
        />
      ) : signInHref ? (
        <a href={signInHref} className="text-sm font-medium text-primary underline underline-offset-4">
          {rootAuth('signIn')}
        </a>
      ) : null}
    </SiteHeader>
  )
}
