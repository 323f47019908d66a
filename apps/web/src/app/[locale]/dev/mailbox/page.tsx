import { listLocalMailbox, listLocalSms } from '@portail/email'
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
 * script, no form, no navigation of this page, and an origin of its own; its text part beside it,
 * then its attachments and headers. The text messages queued in sms_outbox follow the mail.
 */
export default async function DevMailboxPage({ params }: Props) {
  const locale = await readLocaleParam(params)
  if (!devMailboxOpen(await headers())) notFound()
  const t = await getTranslations('mailbox')
  const database = await getDatabase()
  const [mails, texts] = await Promise.all([
    listLocalMailbox(database, { limit: 50 }),
    listLocalSms(database, { limit: 50 }),
  ])
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
                <div className={mail.html ? 'mt-4 grid gap-4 lg:grid-cols-2' : 'mt-4'}>
                  {mail.html ? (
                    <section aria-label={t('htmlVersion')}>
                      <h3 className="text-sm font-medium">{t('htmlVersion')}</h3>
                      <iframe
                        title={t('htmlTitle', { subject: mail.subject })}
                        srcDoc={mail.html}
                        sandbox=""
                        className="mt-2 h-96 w-full rounded border bg-white"
                      />
                    </section>
                  ) : null}
                  <section aria-label={t('textVersion')}>
                    <h3 className="text-sm font-medium">{t('textVersion')}</h3>
                    <pre className="mt-2 max-h-96 overflow-auto rounded border p-2 text-sm whitespace-pre-wrap">
                      {mail.text}
                    </pre>
                  </section>
                </div>
                {mail.attachments && mail.attachments.length > 0 ? (
                  <p className="mt-3 text-sm">
                    {t('attachments')}:{' '}
                    {mail.attachments.map((file) => `${file.filename} (${file.contentType})`).join(', ')}
                  </p>
                ) : null}
                {mail.headers && Object.keys(mail.headers).length > 0 ? (
                  <details className="mt-3">
                    <summary className="cursor-pointer text-sm font-medium">{t('headers')}</summary>
                    <dl className="mt-2 text-sm break-all">
                      {Object.entries(mail.headers).map(([name, value]) => (
                        <div key={name}>
                          <dt className="font-mono font-medium">{name}</dt>
                          <dd className="font-mono">{value}</dd>
                        </div>
                      ))}
                    </dl>
                  </details>
                ) : null}
              </article>
            </li>
          ))}
        </ol>
        <h2 className="mt-12 text-2xl font-bold tracking-tight">{t('smsTitle')}</h2>
        {texts.length === 0 ? <p className="mt-4">{t('smsEmpty')}</p> : null}
        <ol className="mt-4 grid gap-4">
          {texts.map((sms) => (
            <li key={sms.id} className="rounded-lg border p-4" data-testid="sms">
              <p className="text-sm text-muted-foreground">
                {t('to', { to: sms.to })} · {t('sentAt', { date: format.dateTime(sms.createdAt) })} ·{' '}
                {t('status', { status: statusText(sms.status, t) })} · {t('smsSegments', { count: sms.segments })}
              </p>
              <p className="mt-2 whitespace-pre-wrap">{sms.body}</p>
            </li>
          ))}
        </ol>
      </main>
    </>
  )
}
