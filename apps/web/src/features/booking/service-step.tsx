'use client'

import type { Formatters, Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Label } from '@portail/ui/label'
import { RadioGroup, RadioGroupItem } from '@portail/ui/radio-group'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import type { CatalogService } from './booking-types'

/** The wizard's first step: one service among those offered, with its duration, price and payment rule. */
export function ServiceStep({
  services,
  selected,
  locale,
  format,
  duration,
  onNext,
}: {
  services: CatalogService[]
  selected: string | null
  locale: Locale
  format: Formatters
  duration: (minutes: number) => string
  onNext: (serviceId: string) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(selected ?? '')
  const base = useId()
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (value) onNext(value)
      }}
    >
      <RadioGroup value={value} onValueChange={setValue} aria-labelledby="wizard-step-heading" className="gap-3">
        {services.map((offered) => {
          const itemId = `${base}-${offered.id}`
          const description = locale === 'fr' ? offered.descriptionFr : offered.descriptionEn
          return (
            <div
              key={offered.id}
              className="flex items-start gap-3 rounded-md border p-4 has-[[data-state=checked]]:border-primary"
            >
              <RadioGroupItem id={itemId} value={offered.id} aria-describedby={`${itemId}-about`} className="mt-1" />
              <div className="flex min-w-0 flex-col gap-1">
                <Label htmlFor={itemId} className="text-base">
                  {locale === 'fr' ? offered.nameFr : offered.nameEn}
                </Label>
                <p id={`${itemId}-about`} className="text-sm text-muted-foreground">
                  {[
                    duration(offered.durationMinutes),
                    format.money(offered.priceCents, offered.currency),
                    offered.paymentRule === 'deposit' && offered.depositCents !== null
                      ? t('paymentDeposit', { amount: format.money(offered.depositCents, offered.currency) })
                      : offered.paymentRule === 'full'
                        ? t('paymentFull')
                        : null,
                  ]
                    .filter(Boolean)
                    .join(' · ')}
                  {description ? <span className="mt-1 block">{description}</span> : null}
                </p>
              </div>
            </div>
          )
        })}
      </RadioGroup>
      <div>
        <Button type="submit" disabled={!value}>
          {t('next')}
        </Button>
      </div>
    </form>
  )
}
