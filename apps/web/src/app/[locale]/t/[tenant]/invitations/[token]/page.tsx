import { hasNoNameOfTheirOwn } from '@portail/auth'
import { catalogs, createFormatters, type Locale } from '@portail/i18n'
import { buttonVariants } from '@portail/ui/button'
import { TRPCError } from '@trpc/server'
import type { Metadata } from 'next'
import { NextIntlClientProvider } from 'next-intl'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import type { ReactNode } from 'react'
import { webEnv } from '~/env'
import { AcceptInvitation } from '~/features/invitations/accept-invitation'
import { readLocaleParam } from '~/i18n/locale-param'
import { signInHref } from '~/server/sign-in-return'
import { serverApi, serverContext } from '~/trpc/server'
import { TRPCReactProvider } from '~/trpc/client'

interface Props {
  params: Promise<{ locale: string; tenant: string; token: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'invitation' })
  return { title: t('title'), robots: { index: false }, referrer: 'no-referrer' }
}

/**
 * A team invitation's link (emailed as `{portal}/invitations/{token}`): the business, the role and
 * the expiry on the business's clock, then sign-in (coming back here) or acceptance. The invited
 * address is never shown: a forwarded link does not tell its holder whom it was for.
 */
export default async function InvitationPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant: slug, token } = await params
  const context = await serverContext()
  const tenant = context.tenant
  if (tenant?.slug !== slug || tenant.status !== 'active') notFound()
  const t = await getTranslations('invitation')

  const preview = await (await serverApi()).invitations.preview({ token }).catch((error: unknown) => {
    // An unknown or malformed token: the same answer for both, and no hint about other invitations.
    if (error instanceof TRPCError && (error.code === 'NOT_FOUND' || error.code === 'BAD_REQUEST')) return null
    throw error
  })
  if (!preview) {
    return (
      <Shell title={t('title')}>
        <p role="alert" className="mt-4">
          {t('invalid')}
        </p>
      </Shell>
    )
  }

  const format = createFormatters({ locale, timeZone: tenant.timeZone })
  const business = preview.businessName
  const roleLabel =
    preview.role === 'owner' ? t('roleOwner') : preview.role === 'admin' ? t('roleAdmin') : t('roleStaff')
  const here = `/${locale}/invitations/${token}`

  let next: ReactNode
  if (preview.status === 'expired') next = <p role="alert">{t('expired', { business })}</p>
  else if (preview.status === 'revoked') next = <p role="alert">{t('revoked', { business })}</p>
  else if (preview.status === 'accepted')
    next = (
      <>
        <p role="status">{t('used')}</p>
        {context.actor.staffRole ? (
          <a href={`/${locale}/admin`} className={buttonVariants({ className: 'mt-4' })}>
            {t('usedAction')}
          </a>
        ) : null}
      </>
    )
  else if (!context.identity)
    next = (
      <>
        <p>{t('signInFirst')}</p>
        <a href={signInHref(locale, here)} className={buttonVariants({ className: 'mt-4' })}>
          {t('signIn')}
        </a>
      </>
    )
  else if (preview.forSignedInUser === false) next = <p role="alert">{t('wrongEmail')}</p>
  else
    next = (
      <NextIntlClientProvider locale={locale} messages={{ invitation: catalogs[locale].invitation }}>
        <TRPCReactProvider locale={locale}>
          <AcceptInvitation
            token={token}
            locale={locale}
            business={business}
            askName={!webEnv().clerk && hasNoNameOfTheirOwn(context.identity)}
          />
        </TRPCReactProvider>
      </NextIntlClientProvider>
    )

  return (
    <Shell title={t('title')}>
      <p className="mt-3">{t('intro', { business })}</p>
      <dl className="mt-6 grid grid-cols-[auto_1fr] gap-x-6 gap-y-2 rounded-lg border p-4">
        <dt className="font-medium">{t('role')}</dt>
        <dd data-testid="invitation-role">{roleLabel}</dd>
        <dt className="font-medium">{t('expires')}</dt>
        <dd data-testid="invitation-expires">
          <time dateTime={preview.expiresAt.toISOString()}>
            {format.dateTime(preview.expiresAt)} {zoneName(locale, tenant.timeZone, preview.expiresAt)}
          </time>
        </dd>
      </dl>
      <div className="mt-6">{next}</div>
    </Shell>
  )
}

function Shell({ title, children }: { title: string; children: ReactNode }) {
  return (
    <main id="content" className="mx-auto max-w-2xl px-4 py-10">
      <h1 className="text-3xl font-bold tracking-tight">{title}</h1>
      {children}
    </main>
  )
}

/** The business's zone as the reader's language abbreviates it at that date (HNE/EST, HAE/EDT). */
function zoneName(locale: Locale, timeZone: string, at: Date): string {
  const parts = new Intl.DateTimeFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { timeZone, timeZoneName: 'short' })
  return parts.formatToParts(at).find((part) => part.type === 'timeZoneName')?.value ?? timeZone
}
