import { Button, buttonVariants } from '@portail/ui/button'
import { Card, CardContent, CardHeader, CardTitle } from '@portail/ui/card'
import { EmptyState } from '@portail/ui/empty-state'
import Link from 'next/link'
import { useId } from 'react'

/** What the card's button does: go somewhere that exists, or nothing yet, said next to it. */
export type CardAction =
  { kind: 'link'; label: string; href: string } | { kind: 'unavailable'; label: string; why: string }

/**
 * One dashboard card: its heading, and while the feature it shows is not built, an empty state that
 * says so truthfully, with its quick action.
 */
export function DashboardCard({
  title,
  emptyTitle,
  emptyBody,
  action,
  testId,
}: {
  title: string
  emptyTitle: string
  emptyBody: string
  action: CardAction
  testId: string
}) {
  const whyId = useId()
  return (
    <Card className="min-w-0 gap-4" data-testid={testId}>
      <CardHeader>
        <CardTitle asHeading="h2" className="text-lg">
          {title}
        </CardTitle>
      </CardHeader>
      <CardContent>
        <EmptyState
          className="px-4 py-6"
          title={emptyTitle}
          description={emptyBody}
          action={
            action.kind === 'link' ? (
              <Link href={action.href} className={buttonVariants({ variant: 'outline' })}>
                {action.label}
              </Link>
            ) : (
              <div className="flex flex-col items-center gap-1">
                <Button variant="outline" disabled aria-describedby={whyId}>
                  {action.label}
                </Button>
                <p id={whyId} className="text-xs text-muted-foreground">
                  {action.why}
                </p>
              </div>
            )
          }
        />
      </CardContent>
    </Card>
  )
}
