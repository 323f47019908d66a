'use client'

import { cn } from '@portail/ui/cn'
import Link from 'next/link'
import { useSelectedLayoutSegment } from 'next/navigation'

// The kit's focus style (focus-ring.ts is internal to @portail/ui).
const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'

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
export function PortalNav({ items, label, soonLabel }: { items: PortalNavItem[]; label: string; soonLabel: string }) {
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
                className={cn(
                  'inline-flex items-center gap-1.5 rounded-md px-3 py-1.5 text-sm',
                  active ? 'bg-primary font-medium text-primary-foreground' : 'hover:bg-muted',
                  focusRing,
                )}
              >
                {item.label}
                {item.comingSoon ? (
                  <span className={cn('text-xs', active ? 'text-primary-foreground' : 'text-muted-foreground')}>
                    ({soonLabel})
                  </span>
                ) : null}
              </Link>
            </li>
          )
        })}
      </ul>
    </nav>
  )
}
