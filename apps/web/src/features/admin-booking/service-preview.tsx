'use client'

import { createFormatters, intlLocales, type Locale } from '@portail/i18n'
import type { ServicePreviewModel } from './service-form-values'

/** The words around a service in the client's booking wizard, in one language (from the server). */
export interface PreviewWords {
  heading: string
  untitled: string
  optionsTitle: string
  free: string
  deposit: string
  fullPayment: string
}

const minutesText = (locale: Locale, minutes: number) =>
  new Intl.NumberFormat(intlLocales[locale], { style: 'unit', unit: 'minute', unitDisplay: 'short' }).format(minutes)

function PreviewCard({ model, locale, words }: { model: ServicePreviewModel; locale: Locale; words: PreviewWords }) {
  // Money is formatted, never converted: no time zone is involved in a price.
  const format = createFormatters({ locale, timeZone: 'UTC' })
  const name = (locale === 'fr' ? model.nameFr : model.nameEn) || words.untitled
  const description = locale === 'fr' ? model.descriptionFr : model.descriptionEn
  const price = model.priceCents === null ? '—' : model.priceCents === 0 ? words.free : format.money(model.priceCents)
  return (
    <section lang={locale} aria-label={words.heading} className="rounded-lg border bg-card p-4 shadow-xs">
      <p className="mb-2 text-xs font-medium uppercase tracking-wide text-muted-foreground">{words.heading}</p>
      <div className="flex items-start justify-between gap-4">
        <h3 className="font-semibold">{name}</h3>
        <p className="shrink-0 font-semibold">{price}</p>
      </div>
      <p className="text-sm text-muted-foreground">{model.durationMinutes === null ? '—' : minutesText(locale, model.durationMinutes)}</p>
      {description ? <p className="mt-2 text-sm whitespace-pre-line">{description}</p> : null}
      {model.paymentRule === 'deposit' && model.depositCents !== null ? (
        <p className="mt-2 text-sm">{words.deposit.replace('{amount}', format.money(model.depositCents))}</p>
      ) : null}
      {model.paymentRule === 'full' ? <p className="mt-2 text-sm">{words.fullPayment}</p> : null}
      {model.options.length > 0 ? (
        <div className="mt-3">
          <h4 className="text-sm font-medium">{words.optionsTitle}</h4>
          <ul className="mt-1 flex flex-col gap-1 text-sm">
            {model.options.map((option) => (
              <li key={option.id} className="flex justify-between gap-4">
                <span>{locale === 'fr' ? option.nameFr : option.nameEn}</span>
                <span className="text-muted-foreground">
                  +{minutesText(locale, option.extraMinutes)}, +{format.money(option.extraPriceCents)}
                </span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </section>
  )
}

/**
 * The service as clients will see it while booking, in French and in English, redrawn at every
 * keystroke of the form (aria-live would read every keystroke out, so it is not live for screen readers).
 */
export function ServicePreview({
  model,
  words,
  title,
}: {
  model: ServicePreviewModel
  words: Record<Locale, PreviewWords>
  title: string
}) {
  return (
    <div className="flex flex-col gap-3">
      <h2 className="text-lg font-semibold">{title}</h2>
      <PreviewCard model={model} locale="fr" words={words.fr} />
      <PreviewCard model={model} locale="en" words={words.en} />
    </div>
  )
}
