'use client'

import { Button } from '@portail/ui/button'
import { Label } from '@portail/ui/label'
import { RadioGroup, RadioGroupItem } from '@portail/ui/radio-group'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import type { CatalogService } from './booking-types'

/** Who performs the service: "anyone" first, then each member who offers it. */
export function StaffStep({
  service,
  selected,
  staffName,
  onNext,
}: {
  service: CatalogService
  selected: string | null
  staffName: (id: string) => string
  onNext: (staff: string) => void
}) {
  const t = useTranslations('booking')
  const [value, setValue] = useState(selected ?? 'any')
  const base = useId()
  const choices = [
    { id: 'any', label: t('staffAnyone') },
    ...service.staff.map((person) => ({ id: person.id, label: staffName(person.id) })),
  ]
  return (
    <form
      className="flex flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        onNext(value)
      }}
    >
      <RadioGroup value={value} onValueChange={setValue} aria-labelledby="wizard-step-heading" className="gap-3">
        {choices.map((each) => (
          <div key={each.id} className="flex items-center gap-3 rounded-md border p-4">
            <RadioGroupItem id={`${base}-${each.id}`} value={each.id} />
            <Label htmlFor={`${base}-${each.id}`} className="text-base">
              {each.label}
            </Label>
          </div>
        ))}
      </RadioGroup>
      <div>
        <Button type="submit">{t('next')}</Button>
      </div>
    </form>
  )
}
