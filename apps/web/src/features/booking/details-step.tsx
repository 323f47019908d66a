'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { Textarea } from '@portail/ui/textarea'
import { canadianProvinces } from '@portail/validators'
import { useTranslations } from 'next-intl'
import { useId, useRef, useState } from 'react'
import { addressToSend, type DetailsFields } from './details-fields'

/** Where the service takes place (prefilled from the profile) and notes for the team. */
export function DetailsStep({
  business,
  value,
  onChange,
  onBack,
  onNext,
}: {
  business: string
  value: DetailsFields
  onChange: (value: DetailsFields) => void
  onBack: () => void
  onNext: () => void
}) {
  const t = useTranslations('booking')
  const base = useId()
  const [incomplete, setIncomplete] = useState(false)
  const firstField = useRef<HTMLInputElement>(null)
  const field = (key: keyof DetailsFields) => ({
    id: `${base}-${key}`,
    value: value[key],
    onChange: (event: { target: { value: string } }) => onChange({ ...value, [key]: event.target.value }),
  })
  const errorId = `${base}-error`
  return (
    <form
      noValidate
      className="flex max-w-xl flex-col gap-4"
      onSubmit={(event) => {
        event.preventDefault()
        if (addressToSend(value) === 'incomplete') {
          setIncomplete(true)
          firstField.current?.focus()
          return
        }
        setIncomplete(false)
        onNext()
      }}
    >
      <p className="text-sm text-muted-foreground">{t('detailsIntro', { business })}</p>
      {incomplete ? (
        <p id={errorId} role="alert" className="text-sm font-medium text-destructive">
          {t('addressIncomplete')}
        </p>
      ) : null}
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${base}-line1`}>{t('addressLine1')}</Label>
        <Input
          ref={firstField}
          autoComplete="address-line1"
          aria-describedby={incomplete ? errorId : undefined}
          {...field('line1')}
        />
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${base}-line2`}>{t('addressLine2')}</Label>
        <Input autoComplete="address-line2" {...field('line2')} />
      </div>
      <div className="grid gap-4 sm:grid-cols-3">
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${base}-city`}>{t('city')}</Label>
          <Input autoComplete="address-level2" {...field('city')} />
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${base}-province`}>{t('province')}</Label>
          <select
            {...field('province')}
            autoComplete="address-level1"
            className="h-9 rounded-md border border-input bg-background px-3 text-sm shadow-xs outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
          >
            <option value="">—</option>
            {canadianProvinces.map((code) => (
              <option key={code} value={code}>
                {code}
              </option>
            ))}
          </select>
        </div>
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${base}-postalCode`}>{t('postalCode')}</Label>
          <Input autoComplete="postal-code" {...field('postalCode')} />
        </div>
      </div>
      <div className="flex flex-col gap-2">
        <Label htmlFor={`${base}-notes`}>{t('notes')}</Label>
        <Textarea maxLength={2000} rows={4} aria-describedby={`${base}-notes-help`} {...field('notes')} />
        <p id={`${base}-notes-help`} className="text-sm text-muted-foreground">
          {t('notesHelp')}
        </p>
      </div>
      <div className="flex flex-wrap gap-3">
        <Button type="button" variant="outline" onClick={onBack}>
          {t('back')}
        </Button>
        <Button type="submit">{t('next')}</Button>
      </div>
    </form>
  )
}
