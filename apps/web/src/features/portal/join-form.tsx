'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Label } from '@portail/ui/label'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { type FormEvent, useId, useRef, useState } from 'react'
import { useTRPC } from '../../trpc/client'

/**
 * The first visit's one action: accept this version of the privacy notice and become a client
 * (portal.join records the consent). Then a full navigation to the dashboard, whose layout now
 * shows the client's sections. Refusals (a notice changed meanwhile, a record linked to someone
 * else) come worded by the server in the reader's language and are announced.
 */
export function JoinForm({
  locale,
  business,
  privacyNoticeVersion,
}: {
  locale: Locale
  business: string
  privacyNoticeVersion: string
}) {
  const t = useTranslations('portalJoin')
  const trpc = useTRPC()
  const ids = useId()
  const [accepted, setAccepted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const checkbox = useRef<HTMLButtonElement>(null)
  const join = useMutation(
    trpc.portal.join.mutationOptions({
      onSuccess: () => window.location.assign(`/${locale}/portal`),
      onError: (failure) => setError(failure.message || t('networkError')),
    }),
  )

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!accepted) {
      setError(t('mustAccept'))
      checkbox.current?.focus()
      return
    }
    setError(null)
    join.mutate({ acceptPrivacyNotice: true, privacyNoticeVersion })
  }

  const errorId = `${ids}-error`
  const pending = join.isPending || join.isSuccess
  return (
    <form onSubmit={submit} className="mt-6 grid gap-4">
      <div className="flex items-start gap-3">
        <Checkbox
          ref={checkbox}
          id={`${ids}-accept`}
          name="acceptPrivacyNotice"
          checked={accepted}
          onCheckedChange={(value) => setAccepted(value === true)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
          className="mt-0.5"
        />
        <Label htmlFor={`${ids}-accept`} className="leading-snug font-normal">
          {t('accept', { business })}
        </Label>
      </div>
      <p id={errorId} role="alert" className="min-h-6 text-sm font-medium text-destructive">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? t('joining') : t('join')}
      </Button>
    </form>
  )
}
