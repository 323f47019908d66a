'use client'

import { Button } from '@portail/ui/button'
import { Dialog, DialogContent, DialogDescription, DialogFooter, DialogHeader, DialogTitle } from '@portail/ui/dialog'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { useLocale, useTranslations } from 'next-intl'
import { type FormEvent, useId, useState } from 'react'
import { postStepUp } from './step-up-client'

/**
 * Asks for the code that confirms a sensitive action: send it to the account's address, type it,
 * and the action runs again (onConfirmed). Refusals (wrong code, too many tries) are announced.
 */
export function StepUpDialog({
  open,
  onCancel,
  onConfirmed,
}: {
  open: boolean
  onCancel: () => void
  onConfirmed: () => void
}) {
  const t = useTranslations('admin')
  const locale = useLocale()
  const ids = useId()
  const [sentTo, setSentTo] = useState<{ email: string; minutes: number } | null>(null)
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)

  function reset() {
    setSentTo(null)
    setCode('')
    setError(null)
    setPending(false)
  }

  async function send() {
    setPending(true)
    setError(null)
    const result = await postStepUp('request-code', { locale })
    setPending(false)
    if (result.ok) setSentTo({ email: result.email ?? '', minutes: result.validForMinutes ?? 10 })
    else setError(result.message ?? t('networkError'))
  }

  async function confirm(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const result = await postStepUp('verify-code', { locale, code })
    if (result.ok) {
      reset()
      onConfirmed()
    } else {
      setPending(false)
      setError(result.message ?? t('networkError'))
    }
  }

  return (
    <Dialog
      open={open}
      onOpenChange={(next) => {
        if (!next) {
          reset()
          onCancel()
        }
      }}
    >
      <DialogContent closeLabel={t('cancel')}>
        <DialogHeader>
          <DialogTitle>{t('stepUpTitle')}</DialogTitle>
          <DialogDescription>{t('stepUpBody')}</DialogDescription>
        </DialogHeader>
        {sentTo ? (
          <form onSubmit={(event) => void confirm(event)} className="flex flex-col gap-4">
            <p role="status">{t('stepUpSent', { email: sentTo.email, minutes: sentTo.minutes })}</p>
            <div className="flex flex-col gap-2">
              <Label htmlFor={`${ids}-code`}>{t('stepUpCodeLabel')}</Label>
              <Input
                id={`${ids}-code`}
                value={code}
                onChange={(event) => setCode(event.target.value)}
                inputMode="numeric"
                autoComplete="one-time-code"
                pattern="[0-9]{6}"
                maxLength={6}
                required
                autoFocus
                aria-invalid={error ? true : undefined}
                aria-describedby={error ? `${ids}-error` : undefined}
              />
            </div>
            {error ? (
              <p id={`${ids}-error`} role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <DialogFooter>
              <Button type="submit" disabled={pending}>
                {pending ? t('working') : t('stepUpConfirm')}
              </Button>
            </DialogFooter>
          </form>
        ) : (
          <>
            {error ? (
              <p role="alert" className="text-sm text-destructive">
                {error}
              </p>
            ) : null}
            <DialogFooter>
              <Button variant="outline" onClick={onCancel}>
                {t('cancel')}
              </Button>
              <Button onClick={() => void send()} disabled={pending}>
                {pending ? t('working') : t('stepUpSend')}
              </Button>
            </DialogFooter>
          </>
        )}
      </DialogContent>
    </Dialog>
  )
}
