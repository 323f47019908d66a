'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useState } from 'react'
import { postDevAuth } from './dev-auth-client'

/** Ends the session, then reloads the portal's public home (server pages re-read the cookie). */
export function SignOutButton({
  label,
  pendingLabel,
  locale,
}: {
  label: string
  pendingLabel: string
  locale: Locale
}) {
  const [pending, setPending] = useState(false)
  async function signOut() {
    setPending(true)
    await postDevAuth('sign-out', { locale })
    window.location.assign(`/${locale}`)
  }
  return (
    <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => void signOut()}>
      {pending ? pendingLabel : label}
    </Button>
  )
}
