'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '../../trpc/client'
import { ConfirmDialog } from '../admin/confirm-dialog'
import { errorText } from '../admin/error-text'

/**
 * "Subscribe in my calendar": the signed-in member's private ICS feed address, to paste into
 * Google Calendar or Outlook. A new address cuts off the old one; revoking cuts off both.
 */
export function CalendarFeed() {
  const t = useTranslations('adminCalendar')
  const admin = useTranslations('admin')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const id = useId()
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null)
  const feed = useQuery(trpc.staff.calendarFeed.get.queryOptions())
  const rotate = useMutation(trpc.staff.calendarFeed.rotate.mutationOptions())
  const revoke = useMutation(trpc.staff.calendarFeed.revoke.mutationOptions())
  const url = feed.data?.url ?? null
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.calendarFeed.get.queryKey() })
  const showError = (error: unknown) => toast.error(errorText(error, admin('networkError')))

  async function makeAddress(done: string) {
    try {
      await rotate.mutateAsync()
      toast.success(done)
      refresh()
    } catch (error) {
      showError(error)
    }
  }

  async function stop() {
    try {
      await revoke.mutateAsync()
      toast.success(t('feedRevoked'))
      refresh()
    } catch (error) {
      showError(error)
    }
  }

  async function copy(text: string) {
    try {
      await navigator.clipboard.writeText(text)
      toast.success(t('feedCopied'))
    } catch {
      // No clipboard permission (or not a secure context): the field is selected for a manual copy.
      document.getElementById(`${id}-url`)?.focus()
    }
  }

  return (
    <section aria-labelledby={`${id}-title`} className="flex max-w-2xl flex-col gap-3 rounded-lg border p-4">
      <h2 id={`${id}-title`} className="text-lg font-semibold">
        {t('feedTitle')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('feedIntro')}</p>
      {url ? (
        <>
          <div className="flex flex-col gap-2">
            <Label htmlFor={`${id}-url`}>{t('feedUrlLabel')}</Label>
            <Input id={`${id}-url`} readOnly value={url} onFocus={(event) => event.currentTarget.select()} />
          </div>
          <div className="flex flex-wrap gap-2">
            <Button variant="outline" onClick={() => void copy(url)}>
              {t('feedCopy')}
            </Button>
            <Button variant="outline" disabled={rotate.isPending} onClick={() => setConfirming('rotate')}>
              {t('feedRotate')}
            </Button>
            <Button variant="destructive" disabled={revoke.isPending} onClick={() => setConfirming('revoke')}>
              {t('feedRevoke')}
            </Button>
          </div>
        </>
      ) : feed.isSuccess ? (
        <div>
          <Button disabled={rotate.isPending} onClick={() => void makeAddress(t('feedCreated'))}>
            {t('feedCreate')}
          </Button>
        </div>
      ) : null}
      <ConfirmDialog
        open={confirming !== null}
        onOpenChange={(open) => {
          if (!open) setConfirming(null)
        }}
        title={confirming === 'revoke' ? t('feedRevokeTitle') : t('feedRotateTitle')}
        body={confirming === 'revoke' ? t('feedRevokeBody') : t('feedRotateBody')}
        cancelLabel={t('back')}
        confirmLabel={confirming === 'revoke' ? t('feedRevoke') : t('feedRotate')}
        busy={rotate.isPending || revoke.isPending}
        onConfirm={() => {
          if (confirming === 'revoke') void stop()
          else void makeAddress(t('feedRotated'))
        }}
      />
    </section>
  )
}
