'use client'

import { Button } from '@portail/ui/button'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'
import { checkboxClass } from './field-classes'

export interface MemberRef {
  id: string
  displayName: string
}

/** Who performs a service: one checkbox per team member, saved as the whole list. */
export function ServiceStaff({
  serviceId,
  members,
  staffIds,
  canWrite,
  onSaved,
}: {
  serviceId: string
  members: MemberRef[]
  staffIds: string[]
  canWrite: boolean
  onSaved: () => void
}) {
  const t = useTranslations('adminServices')
  const admin = useTranslations('admin')
  const trpc = useTRPC()
  const id = useId()
  const [chosen, setChosen] = useState(() => new Set(staffIds))
  const save = useMutation(trpc.staff.catalog.setServiceStaff.mutationOptions())

  async function submit() {
    try {
      await save.mutateAsync({ serviceId, staffIds: [...chosen] })
      toast.success(t('staffSaved'))
      onSaved()
    } catch (error) {
      toast.error(errorText(error, admin('networkError')))
    }
  }

  return (
    <fieldset className="flex flex-col gap-3" aria-describedby={`${id}-hint`}>
      <legend className="text-lg font-semibold">{t('staffTitle')}</legend>
      <p id={`${id}-hint`} className="text-sm text-muted-foreground">
        {t('staffIntro')}
      </p>
      <ul className="flex flex-col gap-2">
        {members.map((member) => (
          <li key={member.id} className="flex items-center gap-2">
            <input
              id={`${id}-${member.id}`}
              type="checkbox"
              className={checkboxClass}
              checked={chosen.has(member.id)}
              disabled={!canWrite}
              onChange={(event) => {
                const next = new Set(chosen)
                if (event.target.checked) next.add(member.id)
                else next.delete(member.id)
                setChosen(next)
              }}
            />
            <label htmlFor={`${id}-${member.id}`}>{member.displayName}</label>
          </li>
        ))}
      </ul>
      {chosen.size === 0 ? <p className="text-sm text-destructive">{t('staffNone')}</p> : null}
      {canWrite ? (
        <div>
          <Button type="button" variant="outline" disabled={save.isPending} onClick={() => void submit()}>
            {t('staffSave')}
          </Button>
        </div>
      ) : null}
    </fieldset>
  )
}
