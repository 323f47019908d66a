'use client'

import { Button } from '@portail/ui/button'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { ConfirmDialog } from '../confirm-dialog'
import { errorText } from '../error-text'
import { useSensitiveAction } from '../step-up/use-sensitive-action'

type Role = 'owner' | 'admin' | 'staff'

/**
 * Change a member's role (owners) and remove a member (owners and admins). Both are sensitive
 * actions: the API may ask for the emailed code first, and the change runs once it is confirmed.
 */
export function MemberActions({
  member,
  roleLabels,
  canChangeRole,
  canRemove,
}: {
  member: { userId: string; name: string; role: Role }
  roleLabels: Record<Role, string>
  canChangeRole: boolean
  canRemove: boolean
}) {
  const t = useTranslations('adminTeam')
  const admin = useTranslations('admin')
  const trpc = useTRPC()
  const router = useRouter()
  const selectId = useId()
  const [confirming, setConfirming] = useState(false)
  const changeRole = useMutation(trpc.staff.team.changeRole.mutationOptions())
  const remove = useMutation(trpc.staff.team.remove.mutationOptions())
  const sensitive = useSensitiveAction((error) => toast.error(errorText(error, admin('networkError'))))

  function onRoleChange(role: Role) {
    void sensitive.run(async () => {
      await changeRole.mutateAsync({ userId: member.userId, role })
      toast.success(t('roleChanged', { name: member.name }))
      router.refresh()
    })
  }

  return (
    <div className="flex flex-wrap items-center gap-2">
      {canChangeRole ? (
        <>
          <label htmlFor={selectId} className="sr-only">
            {t('roleFor', { name: member.name })}
          </label>
          <select
            id={selectId}
            value={member.role}
            disabled={changeRole.isPending}
            onChange={(event) => onRoleChange(event.target.value as Role)}
            className="h-8 rounded-md border border-input bg-background px-2 text-sm outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2"
          >
            <option value="owner">{roleLabels.owner}</option>
            <option value="admin">{roleLabels.admin}</option>
            <option value="staff">{roleLabels.staff}</option>
          </select>
        </>
      ) : null}
      {canRemove ? (
        <Button variant="outline" size="sm" onClick={() => setConfirming(true)}>
          {t('remove')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('removeTitle', { name: member.name })}
        body={t('removeBody')}
        cancelLabel={admin('cancel')}
        confirmLabel={t('removeConfirm')}
        busy={remove.isPending}
        onConfirm={() =>
          void sensitive.run(async () => {
            await remove.mutateAsync({ userId: member.userId })
            toast.success(t('removed', { name: member.name }))
            router.refresh()
          })
        }
      />
      {sensitive.dialog}
    </div>
  )
}
