import type { RouterOutputs } from '@portail/api'
import { createFormatters, type Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import Link from 'next/link'
import { activitySentence } from './activity-sentence'

type ActivityPage = RouterOutputs['client']['activity']
type ActivityEntry = ActivityPage['items'][number]

/**
 * The client's recent activity, each entry worded in the reader's language with its date and time
 * on the business's clock (activity-sentence.ts). Older pages are plain links carrying the API's
 * cursor, so paging works without JavaScript and a page can be bookmarked.
 */
export async function ActivityList({
  page,
  business,
  locale,
  timeZone,
  firstPage,
}: {
  page: ActivityPage
  business: string
  locale: Locale
  timeZone: string
  /** Whether this is the newest page (else offer the way back to it). */
  firstPage: boolean
}) {
  const t = await getTranslations('portalActivity')
  const format = createFormatters({ locale, timeZone })
  const fieldList = new Intl.ListFormat(locale === 'fr' ? 'fr-CA' : 'en-CA', { type: 'conjunction' })

  const fieldName = (field: string) => {
    switch (field) {
      case 'fullName':
        return t('fieldFullName')
      case 'email':
        return t('fieldEmail')
      case 'phone':
        return t('fieldPhone')
      case 'serviceAddress':
        return t('fieldServiceAddress')
      case 'locale':
        return t('fieldLocale')
      case 'communicationPreferences':
        return t('fieldCommunicationPreferences')
      default:
        return t('fieldOther')
    }
  }

  const sentence = (entry: ActivityEntry) =>
    activitySentence(t, entry, { business, locale, when: (at) => format.dateTime(at) })

  return (
    <section aria-labelledby="activity-title" className="mt-10">
      <h2 id="activity-title" className="text-xl font-semibold">
        {t('title')}
      </h2>
      {page.items.length === 0 ? (
        <p className="mt-3 text-muted-foreground">{t('empty')}</p>
      ) : (
        <ol className="mt-3 divide-y rounded-lg border" data-testid="activity">
          {page.items.map((entry) => (
            <li key={entry.id} className="flex flex-col gap-1 px-4 py-3 sm:flex-row sm:justify-between sm:gap-4">
              <div>
                <p>{sentence(entry)}</p>
                {entry.fields.length > 0 ? (
                  <p className="text-sm text-muted-foreground">
                    {t('changedFields', { fields: fieldList.format([...new Set(entry.fields.map(fieldName))]) })}
                  </p>
                ) : null}
              </div>
              <time dateTime={entry.at.toISOString()} className="shrink-0 text-sm text-muted-foreground">
                {format.dateTime(entry.at)}
              </time>
            </li>
          ))}
        </ol>
      )}
      <div className="mt-3 flex flex-wrap gap-4 text-sm">
        {page.nextCursor ? (
          <Link
            href={`/${locale}/portal?activity=${encodeURIComponent(page.nextCursor)}#activity-title`}
            className="text-primary underline-offset-4 hover:underline"
          >
            {t('older')}
          </Link>
        ) : null}
        {firstPage ? null : (
          <Link href={`/${locale}/portal#activity-title`} className="text-primary underline-offset-4 hover:underline">
            {t('newest')}
          </Link>
        )}
      </div>
    </section>
  )
}
