'use client'

import type { Formatters, Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Label } from '@portail/ui/label'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import type { CatalogService } from './booking-types'

/** The service's add-ons, any number of them, each with the time and price it adds. */
export function OptionsStep({
  service,
  selected,
  locale,
  format,
  duration,
  onNext,
}: {
  service: CatalogService
  selected: string[]
  locale: Locale
  format: Formatters
  duration: (minutes: number) => string
  onNext: (optionIds: string[]) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(() => selected.filter((id) => service.options.some((option) => option.id === id)))
  const base = useId()
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        // In the catalog's order, so the same add-ons always make the same choice.
        onNext(service.options.filter((option) => value.includes(option.id)).map((option) => option.id))
      }}
    >
      <fieldset className="flex flex-col gap-3">
        <legend className="sr-only">{t('optionsHeading')}</legend>
        {service.options.map((option) => {
          const itemId = `${base}-${option.id}`
          return (
            <div key={option.id} className="flex items-start gap-3 rounded-md border p-4">
              <Checkbox
                id={itemId}
                className="mt-1"
                checked={value.includes(option.id)}
                aria-describedby={`${itemId}-about`}
                onCheckedChange={(checked) =>
                  setValue((current) =>
                    checked === true ? [...current, option.id] : current.filter((id) => id !== option.id),
                  )
                }
              />
              <div className="flex flex-col gap-1">
                <Label htmlFor={itemId} className="text-base">
                  {locale === 'fr' ? option.nameFr : option.nameEn}
                </Label>
                <p id={`${itemId}-about`} className="text-sm text-muted-foreground">
                  {t('optionExtra', {
                    duration: duration(option.extraMinutes),
                    price: format.money(option.extraPriceCents, service.currency),
                  })}
                </p>
              </div>
            </div>
          )
        })}
      </fieldset>
      <div>
        <Button type="submit">{t('next')}</Button>
      </div>
    </form>
  )
}
