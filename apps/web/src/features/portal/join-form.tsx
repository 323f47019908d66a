'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Label } from '@portail/ui/label'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useId, useRef, useState } from 'react'
import { TRPCReactProvider, useTRPC } from '~/trpc/client'

/** The form's words, already in the reader's language (the page translates them on the server). */
export interface JoinFormLabels {
  /** The consent sentence, with the business's name in it. */
  accept: string
  join: string
  joining: string
  mustAccept: string
  networkError: string
}

interface Props {
  locale: Locale
  privacyNoticeVersion: string
  labels: JoinFormLabels
  /** Where to go once joined (a path on this portal, checked by the page): the dashboard by default. */
  returnTo?: string | undefined
}

/**
 * The first visit's one action: accept this version of the privacy notice and become a client
 * (portal.join records the consent). Then a full navigation to the dashboard (or back to the
 * booking review that sent the person here), whose layout now shows the client's sections. Refusals (a notice changed meanwhile, a record linked to someone
 * else) come worded by the server in the reader's language and are announced.
 */
export function JoinForm(props: Props) {
  // Its own tRPC/TanStack Query client: the only part of /portal that calls the API from the browser.
  return (
    <TRPCReactProvider locale={props.locale}>
      <JoinFormFields {...props} />
    </TRPCReactProvider>
  )
}

function JoinFormFields({ locale, privacyNoticeVersion, labels, returnTo }: Props) {
  const trpc = useTRPC()
  const ids = useId()
  const [accepted, setAccepted] = useState(false)
  const [error, setError] = useState<string | null>(null)
  const checkbox = useRef<HTMLButtonElement>(null)
  const join = useMutation(
    trpc.portal.join.mutationOptions({
      onSuccess: () => window.location.assign(returnTo ?? `/${locale}/portal`),
      onError: (failure) => setError(failure.message || labels.networkError),
    }),
  )

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    if (!accepted) {
      setError(labels.mustAccept)
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
          {labels.accept}
        </Label>
      </div>
      <p id={errorId} role="alert" className="min-h-6 text-sm font-medium text-destructive">
        {error}
      </p>
      <Button type="submit" disabled={pending} className="justify-self-start">
        {pending ? labels.joining : labels.join}
      </Button>
    </form>
  )
}
