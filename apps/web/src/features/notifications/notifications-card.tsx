import { buttonVariants } from '@portail/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@portail/ui/card'
import Link from 'next/link'
import { type NotificationEntry, NotificationItem } from './notification-item'
import type { WordingContext } from './notification-text'

/**
 * The dashboard's card: the few newest notifications (rendered on the server, no script of its
 * own) and the way to all of them.
 */
export function NotificationsCard({
  title,
  emptyLabel,
  seeAllLabel,
  unreadLabel,
  openLabel,
  href,
  entries,
  context,
}: {
  title: string
  emptyLabel: string
  seeAllLabel: string
  unreadLabel: string
  openLabel: string
  href: string
  entries: NotificationEntry[]
  context: WordingContext
}) {
  return (
    <Card className="min-w-0 gap-4" data-testid="card-notifications">
      <CardHeader>
        <CardTitle asHeading="h2" className="text-lg">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        {entries.length === 0 ? (
          <p className="text-muted-foreground">{emptyLabel}</p>
        ) : (
          <ul className="divide-y rounded-md border">
            {entries.map((entry) => (
              <NotificationItem
                key={entry.id}
                entry={entry}
                context={context}
                markReadLabel=""
                unreadLabel={unreadLabel}
                openLabel={openLabel}
                marking={false}
              />
            ))}
          </ul>
        )}
        <Link href={href} className={buttonVariants({ variant: 'outline', className: 'mt-4' })}>
          {seeAllLabel}
        </Link>
      </CardContent>
    </Card>
  )
}
