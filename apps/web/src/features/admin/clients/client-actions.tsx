'use client'

import { Button, buttonVariants } from '@portail/ui/button'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useLocale, useTranslations } from 'next-intl'
import Link from 'next/link'
import { useRouter } from 'next/navigation'
import { useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { ConfirmDialog } from '../confirm-dialog'
import { errorText } from '../error-text'
import { useSensitiveAction } from '../step-up/use-sensitive-action'

interface ClientRef {
  id: string
  fullName: string
  email: string | null
  /** Already has a portal account. */
  linked: boolean
  archived: boolean
}

/**
 * Edit, invite to the portal, archive or bring back, delete (a sensitive action: may ask for the
 * emailed code first).
 */
export function ClientActions({ client, canDelete }: { client: ClientRef; canDelete: boolean }) {
  const t = useTranslations('adminClients')
  const admin = useTranslations('admin')
  const locale = useLocale()
  const trpc = useTRPC()
  const router = useRouter()
  const [confirming, setConfirming] = useState(false)
  const invite = useMutation(trpc.staff.clients.invite.mutationOptions())
  const remove = useMutation(trpc.staff.clients.delete.mutationOptions())
  const archive = useMutation(trpc.staff.clients.archive.mutationOptions())
  const base = `/${locale}/admin/clients`
  const showError = (error: unknown) => toast.error(errorText(error, admin('networkError')))
  const sensitive = useSensitiveAction(showError)

  async function sendInvitation() {
    try {
      await invite.mutateAsync({ id: client.id })
      toast.success(t('invited', { email: client.email ?? '' }))
    } catch (error) {
      showError(error)
    }
  }

  async function setArchived(archived: boolean) {
    try {
      await archive.mutateAsync({ id: client.id, archived })
      toast.success(archived ? t('archivedToast') : t('unarchivedToast'))
      router.refresh()
    } catch (error) {
      showError(error)
    }
  }

  async function deleteClient() {
    await remove.mutateAsync({ id: client.id })
    toast.success(t('deleted'))
    router.push(base)
    router.refresh()
  }

  return (
    <div className="mt-4 flex flex-wrap items-center gap-3">
      <Link href={`${base}/${client.id}/edit`} className={buttonVariants({ variant: 'outline' })}>
        {t('edit')}
      </Link>
      <Button variant="outline" disabled={archive.isPending} onClick={() => void setArchived(!client.archived)}>
        {client.archived ? t('unarchive') : t('archive')}
      </Button>
      {client.linked || client.archived ? null : client.email ? (
        <Button variant="outline" disabled={invite.isPending} onClick={() => void sendInvitation()}>
          {t('invite')}
        </Button>
      ) : (
        <p className="text-sm text-muted-foreground">{t('inviteNeedsEmail')}</p>
      )}
      {canDelete ? (
        <Button variant="destructive" onClick={() => setConfirming(true)}>
          {t('delete')}
        </Button>
      ) : null}
      <ConfirmDialog
        open={confirming}
        onOpenChange={setConfirming}
        title={t('deleteTitle', { name: client.fullName })}
        body={t('deleteBody')}
        cancelLabel={t('cancel')}
        confirmLabel={t('deleteConfirm')}
        busy={remove.isPending}
        onConfirm={() => void sensitive.run(deleteClient)}
      />
      {sensitive.dialog}
    </div>
  )
}
