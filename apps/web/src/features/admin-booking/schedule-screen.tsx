'use client'

import { Label } from '@portail/ui/label'
import { useQueryClient, useSuspenseQuery } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { useTranslateErrorKey } from '../admin/translate-error'
import { BookingSettingsForm } from './booking-settings-form'
import { selectClass } from './field-classes'
import { HoursEditor } from './hours-editor'
import { OverridesEditor } from './overrides-editor'

/** Weekly hours per member, dates that differ (closures, extra hours, holidays), booking settings and policy. */
export function ScheduleScreen({ canWrite }: { canWrite: boolean }) {
  const t = useTranslations('adminSchedule')
  const translateKey = useTranslateErrorKey()
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const id = useId()
  const { data: catalog } = useSuspenseQuery(trpc.staff.catalog.get.queryOptions())
  const { data: members } = useSuspenseQuery(trpc.staff.bookings.members.queryOptions())
  const [memberId, setMemberId] = useState(() => members[0]?.id ?? '')
  const member = members.find((candidate) => candidate.id === memberId)
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.catalog.pathKey() })

  return (
    <div className="flex flex-col gap-10">
      <section aria-labelledby={`${id}-hours`} className="flex flex-col gap-4">
        <h2 id={`${id}-hours`} className="text-xl font-semibold">
          {t('hoursTitle')}
        </h2>
        <p className="max-w-2xl text-sm text-muted-foreground">
          {t('hoursIntro', { timeZone: catalog.settings.timeZone })}
        </p>
        <div className="flex max-w-xs flex-col gap-2">
          <Label htmlFor={`${id}-member`}>{t('memberLabel')}</Label>
          <select
            id={`${id}-member`}
            className={selectClass}
            value={memberId}
            onChange={(event) => setMemberId(event.target.value)}
          >
            {members.map((candidate) => (
              <option key={candidate.id} value={candidate.id}>
                {candidate.displayName}
              </option>
            ))}
          </select>
        </div>
        {member ? (
          <HoursEditor
            // A fresh editor per member and per saved version of the hours.
            key={`${member.id}-${JSON.stringify(catalog.hours[member.id] ?? [])}`}
            memberId={member.id}
            memberName={member.displayName}
            hours={catalog.hours[member.id] ?? []}
            canWrite={canWrite}
            onSaved={refresh}
          />
        ) : null}
      </section>
      <section aria-labelledby={`${id}-overrides`} className="flex flex-col gap-4">
        <h2 id={`${id}-overrides`} className="text-xl font-semibold">
          {t('overridesTitle')}
        </h2>
        <p className="max-w-2xl text-sm text-muted-foreground">{t('overridesIntro')}</p>
        <OverridesEditor
          overrides={catalog.overrides}
          members={members}
          canWrite={canWrite}
          onChanged={refresh}
          translateKey={translateKey}
        />
      </section>
      <section aria-labelledby={`${id}-settings`} className="flex flex-col gap-4">
        <h2 id={`${id}-settings`} className="text-xl font-semibold">
          {t('settingsTitle')}
        </h2>
        <BookingSettingsForm
          key={JSON.stringify(catalog.settings)}
          settings={catalog.settings}
          canWrite={canWrite}
          onSaved={refresh}
        />
      </section>
    </div>
  )
}
