'use client'

import Link from 'next/link'
import { useSelectedLayoutSegment } from 'next/navigation'
import type { ReactNode } from 'react'

// The kit's focus style (focus-ring.ts is internal to @portail/ui). Classes are joined by hand,
// without the kit's cn(): none of them conflict, and this component is on every portal page, to
// which tailwind-merge would add about 9 kB of gzipped script.
const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'
const linkBase = `inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm ${focusRing}`
const linkActive = `${linkBase} bg-primary font-medium text-primary-foreground`
const linkIdle = `${linkBase} hover:bg-muted`

export interface PortalNavItem {
  /** The portal route segment (null: the dashboard, /portal itself). */
  segment: string | null
  href: string
  label: string
  /** Not built yet: the section says what is coming. */
  comingSoon: boolean
}

/**
 * The client's sections in one row that wraps on narrow screens (nothing scrolls sideways at
 * 360 px); the one being read is marked aria-current="page".
 */
export function PortalNav({
  items,
  label,
  soonLabel,
  trailing,
}: {
  items: PortalNavItem[]
  label: string
  soonLabel: string
  /** At the end of the row (the notifications bell). */
  trailing?: ReactNode
}) {
  const current = useSelectedLayoutSegment()
  return (
    <nav aria-label={label} className="border-b">
      <ul className="mx-auto flex max-w-4xl flex-wrap gap-1 px-4 py-2">
        {items.map((item) => {
          const active = item.segment === current
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                className={active ? linkActive : linkIdle}
              >
                {item.label}
                {item.comingSoon ? (
                  <span className={active ? 'text-xs text-primary-foreground' : 'text-xs text-muted-foreground'}>
                    ({soonLabel})
                  </span>
                ) : null}
              </Link>
            </li>
          )
        })}
        {trailing ? <li className="ml-auto flex items-center">{trailing}</li> : null}
      </ul>
    </nav>
  )
}
