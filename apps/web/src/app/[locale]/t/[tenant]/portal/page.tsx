import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { redirect } from 'next/navigation'
import { readLocaleParam } from '../../../../../i18n/locale-param'
import { currentIdentity } from '../../../../../server/page-identity'

interface Props {
  params: Promise<{ locale: string; tenant: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'portal' })
  return { title: t('title') }
}

/** The signed-in reader's space on a portal; a visitor is sent to sign in first. */
export default async function PortalHomePage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const identity = await currentIdentity()
  if (!identity) redirect(`/${locale}/sign-in`)
  const t = await getTranslations('portal')
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-12">
      <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
      <p className="mt-2" data-testid="signed-in-as">
        {t('signedInAs', { email: identity.email })}
      </p>
      <p className="mt-6 text-muted-foreground">{t('comingSoon')}</p>
    </main>
  )
}
