import { catalogs } from '@portail/i18n'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { SignInForm } from '~/features/auth/sign-in-form'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { platformReturnPath } from '~/server/platform-return'

interface Props {
  params: Promise<{ locale: string }>
  /** `next`: the platform page to come back to (start, console, mailbox). */
  searchParams: Promise<{ next?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'rootAuth' })
  return { title: t('signInTitle') }
}

/**
 * Sign-in on the platform's own site, through the same dev adapter endpoints as on a portal: the
 * session cookie is set for the root host only, which is where /start and /platform read it.
 * Under Clerk the proxy serves /sign-in from ../clerk-sign-in instead.
 */
export default async function PlatformSignInPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const returnTo = platformReturnPath(locale, (await searchParams).next)
  if (await currentIdentity()) redirect(returnTo)
  const t = await getTranslations('rootAuth')
  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t('signInTitle')}</h1>
        <p className="mt-2 max-w-xl text-muted-foreground">{t('signInIntro')}</p>
        <NextIntlClientProvider locale={locale} messages={{ auth: catalogs[locale].auth }}>
          <SignInForm locale={locale} afterSignIn={returnTo} />
        </NextIntlClientProvider>
      </main>
    </>
  )
}
