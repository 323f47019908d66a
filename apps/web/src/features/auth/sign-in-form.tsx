'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Input } from '@portail/ui/input'
import { Label } from '@portail/ui/label'
import { useTranslations } from 'next-intl'
import { type FormEvent, useEffect, useId, useRef, useState } from 'react'
import { postDevAuth } from './dev-auth-client'

type Step = 'email' | 'code'

/**
 * Email -> emailed code -> signed in (dev identity adapter). Each step moves focus to what the
 * reader does next, and refusals are announced (role="alert") next to the field they concern.
 */
export function SignInForm({ locale, afterSignIn }: { locale: Locale; afterSignIn: string }) {
  const t = useTranslations('auth')
  const ids = useId()
  const [step, setStep] = useState<Step>('email')
  const [email, setEmail] = useState('')
  const [code, setCode] = useState('')
  const [error, setError] = useState<string | null>(null)
  const [pending, setPending] = useState(false)
  const emailInput = useRef<HTMLInputElement>(null)
  const codeInput = useRef<HTMLInputElement>(null)
  const moved = useRef(false)

  useEffect(() => {
    // Only after the reader moved between steps: the first render leaves focus where it was.
    if (!moved.current) return
    ;(step === 'code' ? codeInput : emailInput).current?.focus()
  }, [step])

  const go = (next: Step) => {
    moved.current = true
    setError(null)
    setStep(next)
  }

  async function requestCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const result = await postDevAuth('request-code', { email, locale })
    setPending(false)
    if (result.ok) {
      setCode('')
      go('code')
    } else setError(result.message ?? t('networkError'))
  }

  async function verifyCode(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    setPending(true)
    setError(null)
    const result = await postDevAuth('verify-code', { email, code, locale })
    if (result.ok) {
      // A full navigation: the portal's server-rendered pages read the new session cookie.
      window.location.assign(afterSignIn)
      return
    }
    setPending(false)
    setError(result.message ?? t('networkError'))
    codeInput.current?.focus()
  }

  const errorId = `${ids}-error`
  const errorMessage = (
    <p id={errorId} role="alert" className="min-h-6 text-sm font-medium text-destructive">
      {error}
    </p>
  )

  if (step === 'email') {
    return (
      <form onSubmit={(event) => void requestCode(event)} noValidate={false} className="mt-6 grid max-w-sm gap-3">
        <Label htmlFor={`${ids}-email`}>{t('emailLabel')}</Label>
        <Input
          ref={emailInput}
          id={`${ids}-email`}
          name="email"
          type="email"
          autoComplete="email"
          required
          value={email}
          onChange={(event) => setEmail(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={error ? errorId : undefined}
        />
        {errorMessage}
        <Button type="submit" disabled={pending}>
          {pending ? t('sending') : t('sendCode')}
        </Button>
      </form>
    )
  }

  return (
    <form onSubmit={(event) => void verifyCode(event)} className="mt-6 grid max-w-sm gap-3">
      <h2 className="text-xl font-semibold">{t('codeSentTitle')}</h2>
      <p id={`${ids}-sent`} className="text-sm text-muted-foreground">
        {t('codeSent', { email })}
      </p>
      <Label htmlFor={`${ids}-code`}>{t('codeLabel')}</Label>
      <Input
        ref={codeInput}
        id={`${ids}-code`}
        name="code"
        inputMode="numeric"
        autoComplete="one-time-code"
        pattern="[0-9]{6}"
        maxLength={6}
        required
        value={code}
        onChange={(event) => setCode(event.target.value.replace(/\D/g, ''))}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? `${ids}-sent ${errorId}` : `${ids}-sent`}
      />
      {errorMessage}
      <Button type="submit" disabled={pending}>
        {pending ? t('verifying') : t('verify')}
      </Button>
      <Button type="button" variant="link" onClick={() => go('email')}>
        {t('otherEmail')}
      </Button>
    </form>
  )
}
