'use client'

import type { Locale } from '@portail/i18n'
import { useState } from 'react'
import { postDevAuth } from './dev-auth-client'

/**
 * The browser half of the header's sign-out button (see ./sign-out-button): ends the session,
 * then reloads the public home (server pages re-read the cookie). Under Clerk (`viaClerk`) it opens
 * the sign-out page instead, where Clerk's own script ends Clerk's session: this header is on
 * every page, and Clerk's provider stays off them. A plain <button> styled by the server, so the
 * header of every page carries no class-merging or slot code to the browser.
 */
export function SignOutAction({
  label,
  pendingLabel,
  locale,
  viaClerk,
  className,
}: {
  label: string
  pendingLabel: string
  locale: Locale
  viaClerk: boolean
  className: string
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
    <button type="button" data-slot="button" className={className} disabled={pending} onClick={() => void signOut()}>
      {pending ? pendingLabel : label}
    </button>
  )
}
