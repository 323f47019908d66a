import { Button } from '@portail/ui/button'
import { createFormatters } from '@portail/i18n'
import Link from 'next/link'
import { useId } from 'react'
import { type NotificationFacts, notificationText, type WordingContext } from './notification-text'

export interface NotificationEntry extends NotificationFacts {
  id: string
  link: string | null
  readAt: Date | null
  createdAt: Date
}

/** One notification: its line, when it came (business clock), unread mark, and its actions. */
export function NotificationItem({
  entry,
  context,
  markReadLabel,
  unreadLabel,
  openLabel,
  marking,
  onMarkRead,
}: {
  entry: NotificationEntry
  context: WordingContext
  markReadLabel: string
  unreadLabel: string
  openLabel: string
  marking: boolean
  onMarkRead?: () => void
}) {
  const unread = entry.readAt === null
  const lineId = useId()
  const when = createFormatters({ locale: context.locale, timeZone: context.timeZone }).dateTime(entry.createdAt)
  return (
    <li
      className={unread ? 'flex flex-wrap items-start gap-3 bg-muted/40 p-4' : 'flex flex-wrap items-start gap-3 p-4'}
    >
      <div className="min-w-0 flex-1">
        <p id={lineId} className={unread ? 'font-medium' : undefined}>
          {unread ? <span className="sr-only">{unreadLabel}, </span> : null}
          {notificationText(entry, context)}
        </p>
        <p className="mt-1 text-sm text-muted-foreground">
          <time dateTime={entry.createdAt.toISOString()}>{when}</time>
        </p>
      </div>
      <div className="flex shrink-0 items-center gap-2">
        {entry.link?.startsWith('/') ? (
          <Link href={entry.link} className="text-sm font-medium text-primary underline underline-offset-4">
            {openLabel}
          </Link>
        ) : null}
        {unread && onMarkRead ? (
          <Button variant="ghost" size="sm" disabled={marking} onClick={onMarkRead} aria-describedby={lineId}>
            {markReadLabel}
          </Button>
        ) : null}
      </div>
    </li>
  )
}
