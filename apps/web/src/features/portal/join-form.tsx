'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Label } from '@portail/ui/label'
import { TextField } from '@portail/ui/text-field'
import { useMutation } from '@tanstack/react-query'
import { type FormEvent, useId, useRef, useState } from 'react'
import { nameIssueOf } from '~/features/auth/name-issue'
import { TRPCReactProvider, useTRPC } from '~/trpc/client'

/** The form's words, already in the reader's language (the page translates them on the server). */
export interface JoinFormLabels {
  /** The consent sentence, with the business's name in it. */
  accept: string
  join: string
  joining: string
  mustAccept: string
  networkError: string
  /** The "your name" field's label and help, when the page asks for the name. */
  nameLabel?: string
  nameDescription?: string
}

interface Props {
  locale: Locale
  privacyNoticeVersion: string
  labels: JoinFormLabels
  /** Where to go once joined (a path on this portal, checked by the page): the dashboard by default. */
  returnTo?: string | undefined
  /**
   * The person has no name of their own yet (it is their email's local part): the form asks for
   * it, and the new client record (and the person) take it instead of "nouveau.client".
   */
  askName?: boolean
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

/** The form itself, inside a tRPC provider (tests give their own). */
export function JoinFormFields({ locale, privacyNoticeVersion, labels, returnTo, askName = false }: Props) {
  const trpc = useTRPC()
  const ids = useId()
  const [accepted, setAccepted] = useState(false)
  const [fullName, setFullName] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [nameError, setNameError] = useState<string | null>(null)
  const checkbox = useRef<HTMLButtonElement>(null)
  const nameInput = useRef<HTMLInputElement>(null)
  const join = useMutation(
    trpc.portal.join.mutationOptions({
      onSuccess: () => window.location.assign(returnTo ?? `/${locale}/portal`),
      onError: (failure) => {
        // A refused name comes back as an input issue on `fullName`, worded in the reader's language.
        const issue = nameIssueOf(failure.data)
        if (issue) {
          setNameError(issue)
          nameInput.current?.focus()
          return
        }
        setError(failure.message || labels.networkError)
      },
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
    setNameError(null)
    join.mutate({ acceptPrivacyNotice: true, privacyNoticeVersion, ...(askName ? { fullName } : {}) })
  }

  const errorId = `${ids}-error`
  const pending = join.isPending || join.isSuccess
  return (
    <form onSubmit={submit} className="mt-6 grid gap-4" noValidate>
      {askName ? (
        <TextField
          ref={nameInput}
          id={`${ids}-name`}
          label={labels.nameLabel}
          description={labels.nameDescription}
          error={nameError}
          name="fullName"
          autoComplete="name"
          required
          maxLength={100}
          value={fullName}
          onChange={(event) => setFullName(event.target.value)}
          fieldClassName="max-w-md"
        />
      ) : null}
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
