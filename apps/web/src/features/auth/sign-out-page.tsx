import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { webEnv } from '~/env'
import { PortailClerkProvider } from './clerk-provider'
import { ClerkSignOut } from './clerk-sign-out'
import { readLocaleParam } from '~/i18n/locale-param'
import { signInMethod } from '~/server/sign-in-method'

/** The platform's and every portal's sign-out route share this page (only `locale` is read). */
interface Props {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signOut') }
}

/**
 * Sign-out under Clerk: Clerk ends its session from the browser (its cookies, its session), so this
 * page mounts Clerk's provider, signs out, and lands on the home of the host it is on (the platform's, or the portal's public page). The dev adapter
 * signs out with a POST from the header's button and has no such page.
 */
export async function SignOutPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const method = signInMethod(webEnv())
  if (method.kind !== 'clerk') notFound()
  const t = await getTranslations('auth')
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t('signOut')}</h1>
      <PortailClerkProvider settings={method.clerk} locale={locale}>
        <ClerkSignOut redirectUrl={`/${locale}`} label={t('signingOut')} />
      </PortailClerkProvider>
    </main>
  )
}
