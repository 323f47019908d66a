'use client'

import { cn } from '@portail/ui/cn'
import Link from 'next/link'
import { useSelectedLayoutSegment } from 'next/navigation'

// The kit's focus style (focus-ring.ts is internal to @portail/ui).
const focusRing =
  'outline-none focus-visible:ring-2 focus-visible:ring-ring focus-visible:ring-offset-2 focus-visible:ring-offset-background'

export interface AdminNavItem {
  /** The admin route segment (null: the overview, /admin itself). */
  segment: string | null
  href: string
  label: string
  /** Not built yet: the section shows what it will do. */
  comingSoon: boolean
}

/** The admin sections; the one being read is marked aria-current="page". */
export function AdminNav({
  items,
  label,
  comingSoonLabel,
  onNavigate,
}: {
  items: AdminNavItem[]
  label: string
  comingSoonLabel: string
  onNavigate?: () => void
}) {
  const current = useSelectedLayoutSegment()
  return (
    <nav aria-label={label}>
      <ul className="flex flex-col gap-1">
        {items.map((item) => {
          const active = item.segment === current
          return (
            <li key={item.href}>
              <Link
                href={item.href}
                aria-current={active ? 'page' : undefined}
                onClick={onNavigate}
                className={cn(
                  'flex items-center justify-between rounded-md px-3 py-2 text-sm',
                  active ? 'bg-primary text-primary-foreground font-medium' : 'hover:bg-muted',
                  focusRing,
                )}
              >
                <span>{item.label}</span>
                {item.comingSoon ? (
                  <span className={cn('text-xs', active ? 'text-primary-foreground' : 'text-muted-foreground')}>
                    {comingSoonLabel}
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
