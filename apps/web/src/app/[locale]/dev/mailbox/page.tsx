import { listLocalMailbox } from '@portail/email'
import type { Metadata } from 'next'
import { getTranslations } from 'next-intl/server'
import { headers } from 'next/headers'
import { notFound } from 'next/navigation'
import { platformFormatters } from '~/features/platform/platform-clock'
import { PlatformHeader } from '~/features/platform-site/platform-header'
import type { Translator } from '~/i18n/translator'
import { readLocaleParam } from '~/i18n/locale-param'
import { getDatabase } from '~/server/database'
import { devMailboxOpen } from '~/server/dev-mailbox-access'

interface Props {
  params: Promise<{ locale: string }>
}

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const locale = await readLocaleParam(params)
  const t = await getTranslations({ locale, namespace: 'mailbox' })
  return { title: t('title') }
}

const statusText = (status: 'pending' | 'sent' | 'failed', t: Translator<'mailbox'>) =>
  ({ pending: t('statusPending'), sent: t('statusSent'), failed: t('statusFailed') })[status]

/**
 * The local mailbox of the embedded default: what the app "sent", newest first. It answers only
 * the developer's own browser on a development server where the dev sign-in runs (a 404 for
 * anyone else and in every production build, see server/dev-mailbox-access.ts), because it shows
 * every code and link sent to anyone. Each HTML body renders in an iframe with an empty sandbox: no
 * script, no form, no navigation of this page, and an origin of its own.
 */
export default async function DevMailboxPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  if (!devMailboxOpen(await headers())) notFound()
  const t = await getTranslations('mailbox')
  const mails = await listLocalMailbox(await getDatabase(), { limit: 50 })
  const format = platformFormatters(locale)
  return (
    <>
      <PlatformHeader locale={locale} />
      <main id="content" className="mx-auto max-w-4xl px-4 py-12">
        <h1 className="text-3xl font-bold tracking-tight">{t('title')}</h1>
        <p className="mt-2 text-muted-foreground">{t('intro')}</p>
        {mails.length === 0 ? <p className="mt-8">{t('empty')}</p> : null}
        <ol className="mt-8 grid gap-6">
          {mails.map((mail) => (
            <li key={mail.id} className="rounded-lg border p-4" data-testid="mail">
              <article aria-labelledby={`mail-${mail.id}`}>
                <h2 id={`mail-${mail.id}`} className="text-lg font-semibold">
                  {mail.subject}
                </h2>
                <p className="mt-1 text-sm text-muted-foreground">
                  {t('to', { to: mail.to })} · {t('sentAt', { date: format.dateTime(mail.createdAt) })} ·{' '}
                  {t('status', { status: statusText(mail.status, t) })}
                </p>
                {mail.html ? (
                  <iframe
                    title={t('htmlTitle', { subject: mail.subject })}
                    srcDoc={mail.html}
                    sandbox=""
                    className="mt-4 h-80 w-full rounded border bg-white"
                  />
                ) : null}
                <details className="mt-4" open={!mail.html}>
                  <summary className="cursor-pointer text-sm font-medium">{t('textVersion')}</summary>
                  <pre className="mt-2 text-sm whitespace-pre-wrap">{mail.text}</pre>
                </details>
              </article>
            </li>
          ))}
        </ol>
      </main>
    </>
  )
}
