'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import type { Translator } from '~/i18n/translator'
import { useFormErrorText } from './use-form-error-text'
import {
  dayProblems,
  hoursInputOf,
  type Weekday,
  type WeekDraft,
  weekDraftOf,
  weekdays,
  weekIsValid,
} from './weekly-hours'

export function weekdayName(t: Translator<'adminSchedule'>, day: Weekday): string {
  switch (day) {
    case 1:
      return t('monday')
    case 2:
      return t('tuesday')
    case 3:
      return t('wednesday')
    case 4:
      return t('thursday')
    case 5:
      return t('friday')
    case 6:
      return t('saturday')
    case 7:
      return t('sunday')
  }
}

/**
 * One member's weekly hours: each day holds any number of spans (a lunch break is two spans).
 * Problems show next to the span as it is typed; saving replaces the whole week.
 */
export function HoursEditor({
  memberId,
  memberName,
  hours,
  canWrite,
  onSaved,
}: {
  memberId: string
  memberName: string
  hours: readonly { weekday: number; startTime: string; endTime: string }[]
  canWrite: boolean
  onSaved: () => void
}) {
  const t = useTranslations('adminSchedule')
  const admin = useTranslations('admin')
  const problemText = useFormErrorText()
  const trpc = useTRPC()
  const id = useId()
  const [week, setWeek] = useState<WeekDraft>(() => weekDraftOf(hours))
  const [tried, setTried] = useState(false)
  const save = useMutation(trpc.staff.catalog.setHours.mutationOptions())

  const update = (day: Weekday, spans: WeekDraft[Weekday]) => setWeek({ ...week, [day]: spans })

  async function submit() {
    setTried(true)
    if (!weekIsValid(week)) return
    try {
      await save.mutateAsync({ staffId: memberId, hours: hoursInputOf(week) })
      toast.success(t('hoursSaved', { name: memberName }))
      onSaved()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  return (
    <form
      noValidate
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
      className="flex flex-col gap-4"
    >
      {weekdays.map((day) => {
        const spans = week[day]
        const problems = dayProblems(spans)
        const dayName = weekdayName(t, day)
        return (
          <fieldset key={day} className="rounded-lg border p-3">
            <legend className="px-1 font-medium">{dayName}</legend>
            {spans.length === 0 ? <p className="text-sm text-muted-foreground">{t('dayOff')}</p> : null}
            <ul className="flex flex-col gap-2">
              {spans.map((span, index) => {
                const problem = problems.get(index)
                const messageId = `${id}-${day}-${index}-problem`
                const invalid = problem !== undefined && (tried || (span.start !== '' && span.end !== ''))
                return (
                  <li key={index} className="flex flex-wrap items-end gap-3">
                    <label className="flex flex-col gap-1 text-sm">
                      {t('spanStart', { day: dayName, number: index + 1 })}
                      <Input
                        type="time"
                        step={300}
                        value={span.start}
                        disabled={!canWrite}
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? messageId : undefined}
                        onChange={(event) =>
                          update(
                            day,
                            spans.map((s, i) => (i === index ? { ...s, start: event.target.value } : s)),
                          )
                        }
                        className="w-32"
                      />
                    </label>
                    <label className="flex flex-col gap-1 text-sm">
                      {t('spanEnd', { day: dayName, number: index + 1 })}
                      <Input
                        type="time"
                        step={300}
                        value={span.end}
                        disabled={!canWrite}
                        aria-invalid={invalid || undefined}
                        aria-describedby={invalid ? messageId : undefined}
                        onChange={(event) =>
                          update(
                            day,
                            spans.map((s, i) => (i === index ? { ...s, end: event.target.value } : s)),
                          )
                        }
                        className="w-32"
                      />
                    </label>
                    {canWrite ? (
                      <Button
                        type="button"
                        variant="ghost"
                        size="sm"
                        onClick={() =>
                          update(
                            day,
                            spans.filter((_, i) => i !== index),
                          )
                        }
                      >
                        {t('removeSpan', { day: dayName, number: index + 1 })}
                      </Button>
                    ) : null}
                    {invalid ? (
                      <p id={messageId} className="basis-full text-sm text-destructive">
                        {problemText(problem)}
                      </p>
                    ) : null}
                  </li>
                )
              })}
            </ul>
            {canWrite ? (
              <Button
                type="button"
                variant="outline"
                size="sm"
                className="mt-2"
                onClick={() => {
                  const last = spans.at(-1)
                  update(day, [...spans, last ? { start: last.end, end: '' } : { start: '09:00', end: '17:00' }])
                }}
              >
                {t('addSpan', { day: dayName })}
              </Button>
            ) : null}
          </fieldset>
        )
      })}
      {tried && !weekIsValid(week) ? (
        <p role="alert" className="text-sm text-destructive">
          {t('hoursFix')}
        </p>
      ) : null}
      {canWrite ? (
        <div>
          <Button type="submit" disabled={save.isPending}>
            {t('saveHours')}
          </Button>
        </div>
      ) : null}
    </form>
  )
}
