'use client'

import { Button } from '@portail/ui/button'
import {
  Dialog,
  DialogClose,
  DialogContent,
  DialogDescription,
  DialogFooter,
  DialogHeader,
  DialogTitle,
  DialogTrigger,
} from '@portail/ui/dialog'
import { Label } from '@portail/ui/label'
import { Textarea } from '@portail/ui/textarea'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useRouter } from 'next/navigation'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useTRPC } from '~/trpc/client'

const errorMessageOf = (error: unknown): string | null =>
  typeof error === 'object' && error !== null && 'data' in error && error.data && 'message' in error
    ? String(error.message)
    : null

/**
 * Suspend or reactivate one business, with the reason the audit log records (required). The API
 * refuses a reason shorter than 3 characters too; its refusal lands under the field.
 */
export function TenantStatusDialog({
  tenantId,
  name,
  status,
}: {
  tenantId: string
  name: string
  status: 'active' | 'suspended'
}) {
  const t = useTranslations('platform')
  const trpc = useTRPC()
  const router = useRouter()
  const ids = useId()
  const [open, setOpen] = useState(false)
  const [reason, setReason] = useState('')
  const [error, setError] = useState<string | null>(null)
  const reasonInput = useRef<HTMLTextAreaElement>(null)
  const suspend = useMutation(trpc.operator.tenants.suspend.mutationOptions())
  const reactivate = useMutation(trpc.operator.tenants.reactivate.mutationOptions())
  const change = status === 'active' ? suspend : reactivate

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (reason.trim().length < 3) {
      setError(t('reasonTooShort'))
      reasonInput.current?.focus()
      return
    }
    setError(null)
    try {
      await change.mutateAsync({ tenantId, reason })
      setOpen(false)
      setReason('')
      // The page is server-rendered: read the new status (and the registry) again.
      router.refresh()
    } catch (failure) {
      setError(errorMessageOf(failure) ?? t('networkError'))
      reasonInput.current?.focus()
    }
  }

  const errorId = `${ids}-error`
  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        setOpen(next)
        if (!next) setError(null)
      }}
    >
      <DialogTrigger asChild>
        <Button variant={status === 'active' ? 'destructive' : 'default'}>
          {status === 'active' ? t('suspend') : t('reactivate')}
        </Button>
      </DialogTrigger>
      <DialogContent closeLabel={t('close')}>
        <form onSubmit={(event) => void submit(event)} className="grid gap-4" noValidate>
          <DialogHeader>
            <DialogTitle>
              {status === 'active' ? t('suspendTitle', { name }) : t('reactivateTitle', { name })}
            </DialogTitle>
            <DialogDescription>{status === 'active' ? t('suspendBody') : t('reactivateBody')}</DialogDescription>
          </DialogHeader>
          <div className="grid gap-2">
            <Label htmlFor={`${ids}-reason`}>{t('reasonLabel')}</Label>
            <Textarea
              ref={reasonInput}
              id={`${ids}-reason`}
              name="reason"
              required
              maxLength={500}
              value={reason}
              onChange={(event) => setReason(event.target.value)}
              aria-invalid={error ? true : undefined}
              aria-describedby={error ? `${ids}-description ${errorId}` : `${ids}-description`}
            />
            <p id={`${ids}-description`} className="text-sm text-muted-foreground">
              {t('reasonDescription')}
            </p>
            <p id={errorId} role="alert" className="min-h-5 text-sm font-medium text-destructive">
              {error}
            </p>
          </div>
          <DialogFooter>
            <DialogClose asChild>
              <Button type="button" variant="outline">
                {t('cancel')}
              </Button>
            </DialogClose>
            <Button type="submit" variant={status === 'active' ? 'destructive' : 'default'} disabled={change.isPending}>
              {change.isPending ? t('working') : status === 'active' ? t('confirmSuspend') : t('confirmReactivate')}
            </Button>
          </DialogFooter>
        </form>
      </DialogContent>
    </Dialog>
  )
}
