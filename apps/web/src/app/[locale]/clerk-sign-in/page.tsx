import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound, redirect } from 'next/navigation'
import { webEnv } from '~/env'
import { ClerkSignIn } from '~/features/auth/clerk-sign-in'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { platformReturnPath } from '~/server/platform-return'
import { signInMethod } from '~/server/sign-in-method'

interface Props {
  params: Promise<{ locale: string }>
  /** `next`: the platform page to come back to (start, console). */
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'rootAuth' })
  return { title: t('signInTitle') }
}

/**
 * The platform site's /sign-in under Clerk (the proxy serves it from here, see
 * server/clerk-pages.ts): Clerk's component, back to `next` afterwards.
 */
export default async function PlatformClerkSignInPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const method = signInMethod(webEnv())
  if (method.kind !== 'clerk') notFound()
  const returnTo = platformReturnPath(locale, (await searchParams).next)
  if (await currentIdentity()) redirect(returnTo)
  const t = await getTranslations('rootAuth')
  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t('signInTitle')}</h1>
        <p className="mt-2 max-w-xl text-muted-foreground">{t('signInIntro')}</p>
        <ClerkSignIn settings={method.clerk} locale={locale} returnTo={returnTo} />
      </main>
    </>
  )
}
