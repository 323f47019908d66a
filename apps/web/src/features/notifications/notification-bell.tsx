'use client'

import type { Locale } from '@portail/i18n'
import { useEffect, useRef, useState } from 'react'
import { type CountWording, countWording } from './notification-text'

// Classes joined by hand, without the kit's cn(): this is on every signed-in page (see portal-nav.tsx).
const linkClass =
  'relative inline-flex size-9 items-center justify-center rounded-md hover:bg-muted outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'
const badgeClass =
  'absolute -right-1 -top-1 min-w-5 rounded-full bg-primary px-1 text-center text-xs font-semibold leading-5 text-primary-foreground'

/**
 * The bell: a link to the notifications page named with the unread count, the count as a badge,
 * and a polite live region that says the new count when it changes. The count the server rendered
 * shows at once; the live feed (tRPC client, SSE) is loaded after the page, so it weighs nothing
 * on the first load.
 */
export function NotificationBell({
  audience,
  locale,
  href,
  initialCount,
  name,
  announcement,
}: {
  audience: 'client' | 'staff'
  locale: Locale
  href: string
  initialCount: number
  /** The link's name with the count ("Notifications, 2 unread"). */
  name: CountWording
  /** What a screen reader hears when the count changes. */
  announcement: CountWording
}) {
  const [count, setCount] = useState(initialCount)
  const [changed, setChanged] = useState(false)
  const shown = useRef(initialCount)
  useEffect(() => {
    let stop: (() => void) | undefined
    let left = false
    void import('./live-unread-count').then(({ watchUnreadCount }) => {
      if (left) return
      stop = watchUnreadCount(audience, locale, (next) => {
        if (next === shown.current) return
        shown.current = next
        setCount(next)
        setChanged(true)
      })
    })
    return () => {
      left = true
      stop?.()
    }
  }, [audience, locale])
  return (
    <>
      <a href={href} className={linkClass} aria-label={countWording(name, count)} data-testid="notification-bell">
        <svg
          aria-hidden="true"
          viewBox="0 0 24 24"
          className="size-5"
          fill="none"
          stroke="currentColor"
          strokeWidth="2"
          strokeLinecap="round"
          strokeLinejoin="round"
        >
          <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
          <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
        </svg>
        {count > 0 ? (
          <span aria-hidden="true" className={badgeClass} data-testid="notification-count">
            {count >= 100 ? '99+' : count}
          </span>
        ) : null}
      </a>
      {/* Empty until the count changes here, so a page load announces nothing. */}
      <span className="sr-only" aria-live="polite" role="status">
        {changed ? countWording(announcement, count) : ''}
      </span>
    </>
  )
}
