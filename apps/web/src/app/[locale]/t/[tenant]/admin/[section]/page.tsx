import { Badge } from '@portail/ui/badge'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { notFound } from 'next/navigation'
import { comingSoonText, isComingSoonSection } from '~/features/admin/admin-sections'
import { readLocaleParam } from '~/i18n/locale-param'
import { requireStaff } from '~/server/staff-access'

interface Props {
  params: Promise<{ locale: string; tenant: string; section: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const { section } = await params
  if (!isComingSoonSection(section)) return {}
  const t = await getTranslations({ locale, namespace: 'admin' })
  return { title: comingSoonText(t, section).title }
}

/** A section that is not built yet says what it will do, rather than failing. */
export default async function ComingSoonSectionPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  const { tenant, section } = await params
  await requireStaff(locale, tenant)
  if (!isComingSoonSection(section)) notFound()
  const t = await getTranslations('admin')
  const text = comingSoonText(t, section)
  return (
    <main id="content">
      <div className="flex items-center gap-3">
        <h1 className="text-2xl font-bold tracking-tight">{text.title}</h1>
        <Badge variant="secondary">{t('comingSoon')}</Badge>
      </div>
      <section className="mt-6 max-w-2xl rounded-lg border border-dashed p-6">
        <p className="text-muted-foreground">{t('comingSoonIntro')}</p>
        <p className="mt-2">{text.body}</p>
      </section>
    </main>
  )
}
