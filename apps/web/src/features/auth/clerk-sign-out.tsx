'use client'

import { useClerk } from '@clerk/nextjs'
import { useEffect, useRef } from 'react'

/**
 * Ends the Clerk session (Clerk's cookies on this site and the session at Clerk), then Clerk
 * navigates to `redirectUrl`. Clerk queues the call until clerk-js has loaded.
 */
export function ClerkSignOut({ redirectUrl, label }: { redirectUrl: string; label: string }) {
  const clerk = useClerk()
  const started = useRef(false)
  useEffect(() => {
    if (started.current) return
    started.current = true
    void clerk.signOut({ redirectUrl })
  }, [clerk, redirectUrl])
  return (
    <p role="status" className="text-muted-foreground">
      {label}
    </p>
  )
}
