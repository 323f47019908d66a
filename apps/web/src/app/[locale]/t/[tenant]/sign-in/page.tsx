import { catalogs } from '@portail/i18n'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { SignInForm } from '~/features/auth/sign-in-form'
import { readLocaleParam } from '~/i18n/locale-param'
import { currentIdentity } from '~/server/page-identity'
import { safeReturnPath } from '~/server/sign-in-return'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
  /**
   * `next`: the page of this portal to come back to (an invitation, a portal page); `handover`:
   * why a one-time link from "start your business" was refused (session-transfer route).
   */
  searchParams: Promise<{ next?: string | string[]; handover?: string | string[] }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'auth' })
  return { title: t('signInTitle') }
}

/**
 * Sign-in on a business's portal (dev identity adapter: a code emailed to the local mailbox). Under
 * Clerk the proxy serves /sign-in from ../clerk-sign-in instead.
 */
export default async function SignInPage({ params, searchParams }: Props) {
  const locale = await readLocaleParam(params)
  const { next, handover } = await searchParams
  const returnTo = safeReturnPath(locale, next)
  if (await currentIdentity()) redirect(returnTo)
  const t = await getTranslations('auth')
  const refusedHandover =
    handover === 'used' ? t('handoverUsed') : handover === 'expired' ? t('handoverExpired') : handover ? t('handoverInvalid') : null
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t('signInTitle')}</h1>
      {refusedHandover ? (
        <p
          data-testid="handover-refused"
          className="mt-4 max-w-xl rounded-md border border-destructive/40 bg-destructive/5 px-4 py-3 text-sm font-medium"
        >
          {refusedHandover}
        </p>
      ) : null}
      <p className="mt-2 max-w-xl text-muted-foreground">{t('signInIntro')}</p>
      {/* The form's words only: the browser never downloads the other namespaces. */}
      <NextIntlClientProvider locale={locale} messages={{ auth: catalogs[locale].auth }}>
        <SignInForm locale={locale} afterSignIn={returnTo} />
      </NextIntlClientProvider>
    </main>
  )
}
