import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { notFound } from 'next/navigation'
import { isComingSection, sectionLabel, sectionPromise } from '~/features/portal/portal-sections'
import { readLocaleParam } from '~/i18n/locale-param'
import { requirePortalClient } from '~/server/portal-access'

interface Props {
  params: Promise<{ locale: string; tenant: string; section: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const { section } = await params
  const t = await getTranslations({ locale, namespace: 'portal' })
  return isComingSection(section) ? { title: sectionLabel(t, section) } : {}
}

/** A section of the portal that is not built yet: what it will let the client do, truthfully. */
export default async function ComingSectionPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant, section } = await params
  if (!isComingSection(section)) notFound()
  await requirePortalClient(locale, tenant)
  const t = await getTranslations('portal')
  return (
    <main id="content" className="mx-auto max-w-4xl px-4 py-8">
      <h1 className="text-3xl font-bold tracking-tight">{sectionLabel(t, section)}</h1>
      <section className="mt-6 rounded-lg border border-dashed p-6">
        <p className="font-medium">{t('sectionIntro')}</p>
        <p className="mt-2 text-muted-foreground">{sectionPromise(t, section)}</p>
      </section>
      <Link href={`/${locale}/portal`} className="mt-6 inline-block text-primary underline-offset-4 hover:underline">
        {t('backToDashboard')}
      </Link>
    </main>
  )
}
