'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { NativeSelect } from '@portail/ui/native-select'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { createFormatters } from '@portail/i18n'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { ConfirmDialog } from '../admin/confirm-dialog'
import { errorText } from '../admin/error-text'
import type { MemberRef } from './service-staff'
import { useFormErrorText } from './use-form-error-text'
import { minutesOfTime } from './weekly-hours'

export interface OverrideRow {
  id: string
  membershipId: string | null
  onDate: string
  kind: 'closed' | 'extra'
  startTime: string | null
  endTime: string | null
  reason: string | null
}

interface Draft {
  staffId: string
  date: string
  kind: 'closed' | 'extra'
  allDay: boolean
  start: string
  end: string
  reason: string
}

const emptyDraft: Draft = {
  staffId: '',
  date: '',
  kind: 'closed',
  allDay: true,
  start: '09:00',
  end: '17:00',
  reason: '',
}

/** What is wrong with a draft before sending it (the server checks the same), or null. */
function draftProblem(draft: Draft): { field: 'date' | 'end'; key: string } | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(draft.date)) return { field: 'date', key: 'booking.invalidDate' }
  if (draft.kind === 'closed' && draft.allDay) return null
  const start = minutesOfTime(draft.start)
  const end = minutesOfTime(draft.end)
  if (start === null || end === null) return { field: 'end', key: 'timeInvalid' }
  return end > start ? null : { field: 'end', key: 'endBeforeStart' }
}

/**
 * Dates that differ from the weekly hours: a closure (a whole day or a span) or extra hours, for
 * one member or the whole business (a holiday). Listed from yesterday on, soonest first.
 */
export function OverridesEditor({
  overrides,
  members,
  canWrite,
  onChanged,
  translateKey,
}: {
  overrides: OverrideRow[]
  members: MemberRef[]
  canWrite: boolean
  onChanged: () => void
  translateKey: (key: string) => string
}) {
  const t = useTranslations('adminSchedule')
  const admin = useTranslations('admin')
  // A date alone is on no clock: noon UTC keeps it on its day in every zone.
  const format = createFormatters({ locale: useLocale(), timeZone: 'UTC' })
  const problemText = useFormErrorText()
  const trpc = useTRPC()
  const id = useId()
  const [draft, setDraft] = useState<Draft>(emptyDraft)
  const [tried, setTried] = useState(false)
  const [removing, setRemoving] = useState<OverrideRow | null>(null)
  const add = useMutation(trpc.staff.catalog.addOverride.mutationOptions())
  const remove = useMutation(trpc.staff.catalog.removeOverride.mutationOptions())
  const memberName = (memberId: string | null) =>
    memberId === null
      ? t('wholeBusiness')
      : (members.find((member) => member.id === memberId)?.displayName ?? t('formerMember'))
  const dateText = (date: string) => format.day(`${date}T12:00:00Z`)
  const describe = (row: OverrideRow) => {
    const span =
      row.startTime && row.endTime
        ? t('spanText', { start: format.clock(row.startTime), end: format.clock(row.endTime) })
        : null
    if (row.kind === 'closed') return span ? t('closedSpan', { span }) : t('closedAllDay')
    return t('extraSpan', { span: span ?? '' })
  }
  const problem = tried ? draftProblem(draft) : null

  async function submit() {
    setTried(true)
    if (draftProblem(draft)) return
    const timed = !(draft.kind === 'closed' && draft.allDay)
    try {
      await add.mutateAsync({
        staffId: draft.staffId === '' ? null : draft.staffId,
        date: draft.date,
        kind: draft.kind,
        startTime: timed ? draft.start : null,
        endTime: timed ? draft.end : null,
        reason: draft.reason.trim() === '' ? null : draft.reason.trim(),
      })
      toast.success(t('overrideAdded'))
      setDraft(emptyDraft)
      setTried(false)
      onChanged()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  async function confirmRemove(row: OverrideRow) {
    try {
      await remove.mutateAsync({ id: row.id })
      toast.success(t('overrideRemoved'))
      onChanged()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  return (
    <div className="flex flex-col gap-6">
      {overrides.length === 0 ? (
        <p className="text-sm text-muted-foreground">{t('overridesEmpty')}</p>
      ) : (
        <ul className="flex flex-col divide-y rounded-lg border">
          {overrides.map((row) => (
            <li key={row.id} className="flex flex-wrap items-center justify-between gap-3 p-3">
              <div className="min-w-0 [overflow-wrap:anywhere]">
                <p className="font-medium">{dateText(row.onDate)}</p>
                <p className="text-sm">
                  {memberName(row.membershipId)} · {describe(row)}
                </p>
                {row.reason ? <p className="text-sm text-muted-foreground">{row.reason}</p> : null}
              </div>
              {canWrite ? (
                // Its name holds the whole date ("Retirer l’exception du mercredi 15 septembre 2027"):
                // on a phone it wraps instead of pushing the page wider than the screen.
                <Button
                  variant="outline"
                  size="sm"
                  className="h-auto min-h-8 max-w-full py-1.5 text-left whitespace-normal"
                  onClick={() => setRemoving(row)}
                >
                  {t('removeOverride', { date: dateText(row.onDate) })}
                </Button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {canWrite ? (
        <form
          noValidate
          className="grid gap-4 rounded-lg border p-4 sm:grid-cols-2"
          aria-labelledby={`${id}-title`}
          onSubmit={(event) => {
            event.preventDefault()
            void submit()
          }}
        >
          <h3 id={`${id}-title`} className="font-medium sm:col-span-2">
            {t('addOverrideTitle')}
          </h3>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-who`}>{t('overrideWho')}</Label>
            <NativeSelect
              id={`${id}-who`}
              value={draft.staffId}
              onChange={(event) => setDraft({ ...draft, staffId: event.target.value })}
            >
              <option value="">{t('wholeBusiness')}</option>
              {members.map((member) => (
                <option key={member.id} value={member.id}>
                  {member.displayName}
                </option>
              ))}
            </NativeSelect>
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-date`}>{t('overrideDate')}</Label>
            <Input
              id={`${id}-date`}
              type="date"
              value={draft.date}
              aria-invalid={problem?.field === 'date' || undefined}
              aria-describedby={problem?.field === 'date' ? `${id}-problem` : undefined}
              onChange={(event) => setDraft({ ...draft, date: event.target.value })}
            />
          </div>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-kind`}>{t('overrideKind')}</Label>
            <NativeSelect
              id={`${id}-kind`}
              value={draft.kind}
              onChange={(event) => setDraft({ ...draft, kind: event.target.value === 'extra' ? 'extra' : 'closed' })}
            >
              <option value="closed">{t('kindClosed')}</option>
              <option value="extra">{t('kindExtra')}</option>
            </NativeSelect>
          </div>
          {draft.kind === 'closed' ? (
            <div className="flex items-center gap-2 pt-6">
              <input
                id={`${id}-all-day`}
                type="checkbox"
                className="size-4 accent-primary"
                checked={draft.allDay}
                onChange={(event) => setDraft({ ...draft, allDay: event.target.checked })}
              />
              <Label htmlFor={`${id}-all-day`}>{t('allDay')}</Label>
            </div>
          ) : (
            <div />
          )}
          {draft.kind === 'extra' || !draft.allDay ? (
            <>
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-start`}>{t('overrideStart')}</Label>
                <Input
                  id={`${id}-start`}
                  type="time"
                  step={300}
                  value={draft.start}
                  onChange={(event) => setDraft({ ...draft, start: event.target.value })}
                />
              </div>
              <div className="flex flex-col gap-2">
                <Label htmlFor={`${id}-end`}>{t('overrideEnd')}</Label>
                <Input
                  id={`${id}-end`}
                  type="time"
                  step={300}
                  value={draft.end}
                  aria-invalid={problem?.field === 'end' || undefined}
                  aria-describedby={problem?.field === 'end' ? `${id}-problem` : undefined}
                  onChange={(event) => setDraft({ ...draft, end: event.target.value })}
                />
              </div>
            </>
          ) : null}
          <div className="flex flex-col gap-2 sm:col-span-2">
            <Label htmlFor={`${id}-reason`}>{t('overrideReason')}</Label>
            <Input
              id={`${id}-reason`}
              maxLength={500}
              value={draft.reason}
              onChange={(event) => setDraft({ ...draft, reason: event.target.value })}
            />
          </div>
          {problem ? (
            <p id={`${id}-problem`} className="text-sm text-destructive sm:col-span-2">
              {problemText(problem.key) ?? translateKey(problem.key)}
            </p>
          ) : null}
          <div className="sm:col-span-2">
            <Button type="submit" disabled={add.isPending}>
              {t('addOverride')}
            </Button>
          </div>
        </form>
      ) : null}
      <ConfirmDialog
        open={removing !== null}
        onOpenChange={(open) => {
          if (!open) setRemoving(null)
        }}
        title={t('removeOverrideTitle')}
        body={
          removing ? `${dateText(removing.onDate)} · ${memberName(removing.membershipId)} · ${describe(removing)}` : ''
        }
        cancelLabel={t('keep')}
        confirmLabel={t('removeConfirm')}
        busy={remove.isPending}
        onConfirm={() => {
          if (removing) void confirmRemove(removing)
        }}
      />
    </div>
  )
}
