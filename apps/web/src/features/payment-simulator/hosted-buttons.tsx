'use client'

import { Button } from '@portail/ui/button'
import { useRouter } from 'next/navigation'
import { useState } from 'react'

export interface HostedButton {
  action: string
  label: string
  variant: 'default' | 'outline' | 'destructive' | 'secondary'
}

/**
 * The hosted page's buttons: each POSTs its action as JSON to `endpoint`, then follows the answer
 * (another site's URL, as Stripe's redirect does, or a fresh render of this page). A live region
 * says when it works and when it failed.
 */
export function HostedButtons({
  endpoint,
  buttons,
  working,
  failed,
}: {
  endpoint: string
  buttons: HostedButton[]
  working: string
  failed: string
}) {
  const router = useRouter()
  const [status, setStatus] = useState<'idle' | 'working' | 'failed'>('idle')

  async function press(action: string) {
    setStatus('working')
    try {
      const response = await fetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ action }),
      })
      if (!response.ok) throw new Error(String(response.status))
      const answer = (await response.json()) as { next: 'redirect'; url: string } | { next: 'refresh' }
      if (answer.next === 'redirect') {
        window.location.assign(answer.url)
        return
      }
      setStatus('idle')
      router.refresh()
    } catch {
      setStatus('failed')
    }
  }

  return (
    <div className="mt-6 grid gap-3">
      {buttons.map((button) => (
        <Button
          key={button.action}
          type="button"
          variant={button.variant}
          disabled={status === 'working'}
          onClick={() => void press(button.action)}
        >
          {button.label}
        </Button>
      ))}
      <p role="status" aria-live="polite" className="min-h-6 text-sm">
        {status === 'working' ? working : status === 'failed' ? failed : ''}
      </p>
    </div>
  )
}
