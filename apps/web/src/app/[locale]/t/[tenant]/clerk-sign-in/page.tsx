import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'
import { webEnv } from '~/env'
import { ClerkSignIn } from '~/features/auth/clerk-sign-in'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { signInMethod } from '~/server/sign-in-method'
import { safeReturnPath } from '~/server/sign-in-return'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  /** `next`: the page of this portal to come back to (an invitation, a portal page). */
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signInTitle') }
}

/**
 * A portal's /sign-in under Clerk (the proxy serves it from here, see server/clerk-pages.ts): Clerk's
 * component, back to `next` afterwards. A page of its own, so that neither sign-in page ships the
 * other's scripts.
 */
export default async function ClerkSignInPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const method = signInMethod(webEnv())
  if (method.kind !== 'clerk') notFound()
  const returnTo = safeReturnPath(locale, (await searchParams).next)
  if (await currentIdentity()) redirect(returnTo)
  const t = await getTranslations('auth')
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t('signInTitle')}</h1>
      <p className="mt-2 max-w-xl text-muted-foreground">{t('accountSignInIntro')}</p>
      <ClerkSignIn settings={method.clerk} locale={locale} returnTo={returnTo} />
    </main>
  )
}
