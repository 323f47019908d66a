'use client'

import type { RouterOutputs } from '@portail/api'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'

type QuietHours = RouterOutputs['staff']['preferences']['quietHours']

/** The business's quiet hours (no SMS or push to clients then), on its own clock. */
export function QuietHoursForm({ initial, canWrite }: { initial: QuietHours; canWrite: boolean }) {
  const t = useTranslations('quietHours')
  // Literal keys (the message-usage check reads them).
  const edgeName = { start: t('start'), end: t('end') }
  const trpc = useTRPC()
  const ids = useId()
  const [hours, setHours] = useState({ start: initial.start, end: initial.end })
  const save = useMutation(trpc.staff.preferences.updateQuietHours.mutationOptions())

  async function submit() {
    try {
      const saved = await save.mutateAsync(hours)
      setHours({ start: saved.start, end: saved.end })
      toast.success(t('saved'))
    } catch (error) {
      toast.error(errorText(error, t('failed')))
    }
  }

  return (
    <form
      aria-labelledby={`${ids}-title`}
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id={`${ids}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('intro', { timeZone: initial.timeZone })}</p>
      <div className="flex flex-wrap gap-4">
        {(['start', 'end'] as const).map((edge) => (
          <div key={edge} className="grid gap-1">
            <Label htmlFor={`${ids}-${edge}`}>{edgeName[edge]}</Label>
            <Input
              id={`${ids}-${edge}`}
              type="time"
              step={60}
              required
              disabled={!canWrite}
              value={hours[edge]}
              onChange={(event) => setHours((current) => ({ ...current, [edge]: event.target.value }))}
              className="w-32"
            />
          </div>
        ))}
      </div>
      {canWrite ? (
        <Button type="submit" disabled={save.isPending} className="justify-self-start">
          {t('save')}
        </Button>
      ) : null}
    </form>
  )
}
