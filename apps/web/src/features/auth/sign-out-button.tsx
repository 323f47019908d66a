'use client'

import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useState } from 'react'
import { postDevAuth } from './dev-auth-client'

/**
 * Ends the session, then reloads the public home (server pages re-read the cookie). Under Clerk
 * (`viaClerk`) it opens the sign-out page instead, where Clerk's own script ends Clerk's session:
 * this header is on every page, and Clerk's provider stays off them.
 */
export function SignOutButton({
  label,
  pendingLabel,
  locale,
  viaClerk = false,
}: {
  label: string
  pendingLabel: string
  locale: Locale
  viaClerk?: boolean
}) {
  const [pending, setPending] = useState(false)
  async function signOut() {
    setPending(true)
    if (viaClerk) {
      window.location.assign(`/${locale}/sign-out`)
      return
    }
    await postDevAuth('sign-out', { locale })
    window.location.assign(`/${locale}`)
  }
  return (
    <Button type="button" variant="outline" size="sm" disabled={pending} onClick={() => void signOut()}>
      {pending ? pendingLabel : label}
    </Button>
  )
}
