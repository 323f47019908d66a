'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { TextField } from '@portail/ui/text-field'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { type FormEvent, useId, useState } from 'react'
import { nameIssueOf } from '~/features/auth/name-issue'
import { useTRPC } from '~/trpc/client'

/**
 * Accepts a team invitation as the signed-in person, then opens the admin area. The server checks
 * everything again (status, expiry, the proven email) and words a refusal in the reader's language.
 * While the person has no name of their own (their email's local part), it asks for it, so the
 * team and the clients do not read "nouvel.employe".
 */
export function AcceptInvitation({
  token,
  locale,
  business,
  askName = false,
}: {
  token: string
  locale: Locale
  business: string
  askName?: boolean
}) {
  const t = useTranslations('invitation')
  const trpc = useTRPC()
  const nameId = useId()
  const [fullName, setFullName] = useState('')
  const accept = useMutation(
    trpc.invitations.accept.mutationOptions({
      onSuccess: () => window.location.assign(`/${locale}/admin`),
    }),
  )
  const nameIssue = accept.error ? nameIssueOf(accept.error.data) : null
  const done = accept.isSuccess
  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    accept.mutate({ token, ...(askName ? { fullName } : {}) })
  }
  return (
    <form onSubmit={submit} className="mt-6 grid gap-3" noValidate>
      {askName ? (
        <TextField
          id={nameId}
          label={t('nameLabel')}
          description={t('nameDescription', { business })}
          error={nameIssue}
          name="fullName"
          autoComplete="name"
          required
          maxLength={100}
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          fieldClassName="max-w-md"
        />
      ) : null}
      <Button type="submit" className="justify-self-start" disabled={accept.isPending || done}>
        {accept.isPending ? t('accepting') : t('accept')}
      </Button>
      <p role={accept.isError ? 'alert' : 'status'} className={accept.isError ? 'font-medium text-destructive' : ''}>
        {done ? t('accepted') : accept.isError && !nameIssue ? accept.error.message || t('networkError') : null}
      </p>
    </form>
  )
}
