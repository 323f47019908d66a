'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { wholeNumberOf } from './money'
import { PolicyPreview } from './policy-preview'
import { useFormErrorText } from './use-form-error-text'

export interface BookingSettings {
  minNoticeMinutes: number
  maxAdvanceDays: number
  slotIntervalMinutes: number
  freeCancelHours: number
  lateCancelFeePercent: number
  lateCancelKeepsDeposit: boolean
  maxReschedules: number
  reminderFirstLeadHours: number
  reminderSecondLeadHours: number
}

type NumberField = Exclude<keyof BookingSettings, 'lateCancelKeepsDeposit'>

// The same bounds as ZUpdateBookingSettingsInput, so a refusal shows beside its field first.
const bounds: Record<NumberField, [number, number]> = {
  minNoticeMinutes: [0, 43_200],
  maxAdvanceDays: [1, 730],
  slotIntervalMinutes: [5, 240],
  freeCancelHours: [0, 720],
  lateCancelFeePercent: [0, 100],
  maxReschedules: [0, 20],
  reminderFirstLeadHours: [1, 168],
  reminderSecondLeadHours: [0, 24],
}

const numberFields = Object.keys(bounds) as NumberField[]

/** Notice, window, slot interval and the cancellation policy, with the policy previewed as clients read it. */
export function BookingSettingsForm({
  settings,
  canWrite,
  onSaved,
}: {
  settings: BookingSettings
  canWrite: boolean
  onSaved: () => void
}) {
  const t = useTranslations('adminSchedule')
  const admin = useTranslations('admin')
  const problemText = useFormErrorText()
  const trpc = useTRPC()
  const id = useId()
  const [draft, setDraft] = useState<Record<NumberField, string>>(() => ({
    minNoticeMinutes: String(settings.minNoticeMinutes),
    maxAdvanceDays: String(settings.maxAdvanceDays),
    slotIntervalMinutes: String(settings.slotIntervalMinutes),
    freeCancelHours: String(settings.freeCancelHours),
    lateCancelFeePercent: String(settings.lateCancelFeePercent),
    maxReschedules: String(settings.maxReschedules),
    reminderFirstLeadHours: String(settings.reminderFirstLeadHours),
    reminderSecondLeadHours: String(settings.reminderSecondLeadHours),
  }))
  const [keepsDeposit, setKeepsDeposit] = useState(settings.lateCancelKeepsDeposit)
  const [tried, setTried] = useState(false)
  const save = useMutation(trpc.staff.catalog.updateSettings.mutationOptions())
  const valueOf = (field: NumberField) => {
    const value = wholeNumberOf(draft[field])
    const [min, max] = bounds[field]
    return value !== null && value >= min && value <= max ? value : null
  }
  // The second reminder comes closer to the start than the first, or is off (0): as the server checks.
  const firstLead = valueOf('reminderFirstLeadHours')
  const secondLead = valueOf('reminderSecondLeadHours')
  const remindersOutOfOrder = firstLead !== null && secondLead !== null && secondLead !== 0 && secondLead >= firstLead
  const invalid = [
    ...numberFields.filter((field) => valueOf(field) === null),
    ...(remindersOutOfOrder ? (['reminderSecondLeadHours'] as const) : []),
  ]
  const previewPolicy = {
    freeCancelHours: valueOf('freeCancelHours') ?? settings.freeCancelHours,
    lateCancelFeePercent: valueOf('lateCancelFeePercent') ?? settings.lateCancelFeePercent,
    lateCancelKeepsDeposit: keepsDeposit,
    maxReschedules: valueOf('maxReschedules') ?? settings.maxReschedules,
  }

  const labels: Record<NumberField, { label: string; hint: string }> = {
    minNoticeMinutes: { label: t('minNoticeLabel'), hint: t('minNoticeHint') },
    maxAdvanceDays: { label: t('maxAdvanceLabel'), hint: t('maxAdvanceHint') },
    slotIntervalMinutes: { label: t('slotIntervalLabel'), hint: t('slotIntervalHint') },
    freeCancelHours: { label: t('freeCancelLabel'), hint: t('freeCancelHint') },
    lateCancelFeePercent: { label: t('lateFeeLabel'), hint: t('lateFeeHint') },
    maxReschedules: { label: t('maxReschedulesLabel'), hint: t('maxReschedulesHint') },
    reminderFirstLeadHours: { label: t('reminderFirstLabel'), hint: t('reminderFirstHint') },
    reminderSecondLeadHours: { label: t('reminderSecondLabel'), hint: t('reminderSecondHint') },
  }

  async function submit() {
    setTried(true)
    const checked = (field: NumberField) => valueOf(field) ?? undefined
    if (invalid.length > 0) {
      document.getElementById(`${id}-${invalid[0] ?? ''}`)?.focus()
      return
    }
    try {
      await save.mutateAsync({
        minNoticeMinutes: checked('minNoticeMinutes'),
        maxAdvanceDays: checked('maxAdvanceDays'),
        slotIntervalMinutes: checked('slotIntervalMinutes'),
        freeCancelHours: checked('freeCancelHours'),
        lateCancelFeePercent: checked('lateCancelFeePercent'),
        lateCancelKeepsDeposit: keepsDeposit,
        maxReschedules: checked('maxReschedules'),
        reminderFirstLeadHours: checked('reminderFirstLeadHours'),
        reminderSecondLeadHours: checked('reminderSecondLeadHours'),
      })
      toast.success(t('settingsSaved'))
      onSaved()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  return (
    <form
      noValidate
      className="flex flex-col gap-5"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <div className="grid gap-5 sm:grid-cols-2">
        {numberFields.map((field) => {
          const showProblem = tried && invalid.includes(field)
          return (
            <div key={field} className="flex flex-col gap-2">
              <Label htmlFor={`${id}-${field}`}>{labels[field].label}</Label>
              <Input
                id={`${id}-${field}`}
                inputMode="numeric"
                value={draft[field]}
                disabled={!canWrite}
                aria-invalid={showProblem || undefined}
                aria-describedby={`${id}-${field}-hint${showProblem ? ` ${id}-${field}-problem` : ''}`}
                onChange={(event) => setDraft({ ...draft, [field]: event.target.value })}
              />
              <p id={`${id}-${field}-hint`} className="text-sm text-muted-foreground">
                {labels[field].hint}
              </p>
              {showProblem ? (
                <p id={`${id}-${field}-problem`} className="text-sm text-destructive">
                  {valueOf(field) === null
                    ? `${problemText('numberRange') ?? ''} ${t('allowedRange', { min: bounds[field][0], max: bounds[field][1] })}`
                    : t('reminderOrder')}
                </p>
              ) : null}
            </div>
          )
        })}
        <div className="flex items-center gap-2 sm:col-span-2">
          <input
            id={`${id}-keeps-deposit`}
            type="checkbox"
            className="size-4 accent-primary"
            checked={keepsDeposit}
            disabled={!canWrite}
            onChange={(event) => setKeepsDeposit(event.target.checked)}
          />
          <Label htmlFor={`${id}-keeps-deposit`}>{t('keepsDepositLabel')}</Label>
        </div>
      </div>
      <section aria-labelledby={`${id}-policy`} className="rounded-lg border bg-muted/40 p-4">
        <h3 id={`${id}-policy`} className="mb-1 text-sm font-medium">
          {t('policyPreviewTitle')}
        </h3>
        <PolicyPreview policy={previewPolicy} />
      </section>
      {canWrite ? (
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('saveSettings')}
          </Button>
        </div>
      ) : null}
    </form>
  )
}
