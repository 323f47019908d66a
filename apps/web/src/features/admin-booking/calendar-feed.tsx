'use client'

import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { toast } from '@portail/ui/toast'
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query'
import { createFormatters } from '@portail/i18n'
import { useLocale, useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { ConfirmDialog } from '../admin/confirm-dialog'
import { errorText } from '../admin/error-text'

/**
 * "Subscribe in my calendar app": the signed-in member's private ICS feed address, to paste into
 * Google Calendar or Outlook. The server keeps only a hash of it, so the address is shown once,
 * right after it is made; a new address cuts off the old one; turning it off cuts off both.
 */
export function CalendarFeed({ timeZone }: { timeZone: string }) {
  const t = useTranslations('adminCalendar')
  const admin = useTranslations('admin')
  const trpc = useTRPC()
  const queryClient = useQueryClient()
  const id = useId()
  const format = createFormatters({ locale: useLocale(), timeZone })
  const [confirming, setConfirming] = useState<'rotate' | 'revoke' | null>(null)
  // The address as rotate returned it: the only time it can be read.
  const [shownUrl, setShownUrl] = useState<string | null>(null)
  const feed = useQuery(trpc.staff.calendarFeed.get.queryOptions())
  const rotate = useMutation(trpc.staff.calendarFeed.rotate.mutationOptions())
  const revoke = useMutation(trpc.staff.calendarFeed.revoke.mutationOptions())
  const url = shownUrl ?? feed.data?.url ?? null
  const active = url !== null || feed.data?.active === true
  const since = feed.data?.createdAt
    ? format.date(feed.data.createdAt)
    : null
  const refresh = () => void queryClient.invalidateQueries({ queryKey: trpc.staff.calendarFeed.get.queryKey() })
  const showError = (error: unknown) => toast.error(errorText(error, admin('networkError')))

  async function makeAddress(done: string) {
    try {
      const made = await rotate.mutateAsync()
      setShownUrl(made.url)
      toast.success(done)
      refresh()
    } catch (error) {
      showError(error)
    }
  }

  async function stop() {
    try {
      await revoke.mutateAsync()
      setShownUrl(null)
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
        <div className="flex flex-col gap-2">
          <Label htmlFor={`${id}-url`}>{t('feedUrlLabel')}</Label>
          <Input
            id={`${id}-url`}
            readOnly
            value={url}
            aria-describedby={`${id}-once`}
            onFocus={(event) => event.currentTarget.select()}
          />
          <p id={`${id}-once`} className="text-sm text-muted-foreground">
            {t('feedShownOnce')}
          </p>
          <div>
            <Button variant="outline" onClick={() => void copy(url)}>
              {t('feedCopy')}
            </Button>
          </div>
        </div>
      ) : active ? (
        <p className="text-sm">{since ? t('feedActiveSince', { date: since }) : t('feedActive')}</p>
      ) : null}
      {active ? (
        <div className="flex flex-wrap gap-2">
          <Button variant="outline" disabled={rotate.isPending} onClick={() => setConfirming('rotate')}>
            {t('feedRotate')}
          </Button>
          <Button variant="destructive" disabled={revoke.isPending} onClick={() => setConfirming('revoke')}>
            {t('feedRevoke')}
          </Button>
        </div>
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
