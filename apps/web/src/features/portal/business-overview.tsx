import type { RouterOutputs } from '@portail/api'
import { createFormatters, type Locale } from '@portail/i18n'
import { getTranslations } from 'next-intl/server'
import { wallClock, weekdayName, zoneName } from './opening-hours-text'

type Catalog = RouterOutputs['booking']['catalog']
type Week = RouterOutputs['portal']['openingHours']

/**
 * What a visitor learns of a business before signing in: the services it offers online (name,
 * length, price) and its weekly opening hours on its own clock, in the reader's language.
 */
export async function BusinessOverview({
  catalog,
  week,
  locale,
  timeZone,
}: {
  catalog: Catalog
  week: Week
  locale: Locale
  timeZone: string
}) {
  const t = await getTranslations('tenant')
  const booking = await getTranslations('booking')
  const format = createFormatters({ locale, timeZone })
  const duration = (minutes: number) => {
    const hours = Math.floor(minutes / 60)
    const rest = minutes % 60
    if (hours === 0) return booking('durationMinutes', { minutes: rest })
    return rest === 0 ? booking('durationHours', { hours }) : booking('durationHoursMinutes', { hours, minutes: rest })
  }
  const name = (service: Catalog['services'][number]) =>
    (locale === 'fr' ? service.nameFr : service.nameEn) || service.nameFr || service.nameEn
  const open = week.some((day) => day.spans.length > 0)

  return (
    <div className="mt-10 grid gap-6 md:grid-cols-2">
      <section aria-labelledby="services" className="rounded-lg border p-6">
        <h2 id="services" className="text-xl font-semibold">
          {t('servicesTitle')}
        </h2>
        {catalog.services.length === 0 ? (
          <p className="mt-2 text-muted-foreground">{t('servicesNone')}</p>
        ) : (
          <ul className="mt-3 divide-y" data-testid="public-services">
            {catalog.services.map((service) => (
              <li key={service.id} className="flex flex-wrap items-baseline justify-between gap-x-4 py-2">
                <span className="font-medium">{name(service)}</span>
                <span className="text-sm text-muted-foreground">
                  <span className="sr-only">{t('serviceDuration')} </span>
                  {duration(service.durationMinutes)} · <span className="sr-only">{t('servicePrice')} </span>
                  {format.money(service.priceCents, service.currency)}
                </span>
              </li>
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="hours" className="rounded-lg border p-6">
        <h2 id="hours" className="text-xl font-semibold">
          {t('hoursTitle')}
        </h2>
        {open ? (
          <>
            <dl className="mt-3 grid grid-cols-[auto_1fr] gap-x-6 gap-y-1 text-sm" data-testid="opening-hours">
              {week.map((day) => (
                <div key={day.weekday} className="contents">
                  <dt className="font-medium first-letter:uppercase">{weekdayName(locale, day.weekday)}</dt>
                  <dd>
                    {day.spans.length === 0
                      ? t('hoursClosed')
                      : day.spans
                          .map((span) =>
                            t('hoursSpan', { start: wallClock(locale, span.start), end: wallClock(locale, span.end) }),
                          )
                          .join(', ')}
                  </dd>
                </div>
              ))}
            </dl>
            <p className="mt-3 text-sm text-muted-foreground">
              {t('hoursNote', { timeZone: zoneName(locale, timeZone) })}
            </p>
          </>
        ) : (
          <p className="mt-2 text-muted-foreground">{t('hoursNone')}</p>
        )}
      </section>
    </div>
  )
}
