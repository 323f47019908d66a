'use client'

import type { RouterOutputs } from '@portail/api'
import type { Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { useMutation } from '@tanstack/react-query'
import { useSubscription } from '@trpc/tanstack-react-query'
import { useTranslations } from 'next-intl'
import { useState } from 'react'
import { useTRPC, useTRPCClient } from '~/trpc/client'
import { notificationsChangedEvent } from './live-unread-count'
import { NotificationItem } from './notification-item'

export type FeedPage = RouterOutputs['notifications']['list']
type FeedEntry = FeedPage['items'][number]

const byNewest = (entries: FeedEntry[]) => [...entries].sort((a, b) => (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))

/** Adds entries not shown yet (a live one may also come back with an older page). */
const merged = (shown: FeedEntry[], more: FeedEntry[]) => {
  const known = new Set(shown.map((entry) => entry.id))
  return byNewest([...shown, ...more.filter((entry) => !known.has(entry.id))])
}

const tellTheBell = () => window.dispatchEvent(new Event(notificationsChangedEvent))

/**
 * The reader's notifications, newest first: the first page as the server rendered it, new ones
 * added live (SSE, resuming after the newest shown), older pages on demand; mark one or all read.
 */
export function NotificationFeed({
  audience,
  locale,
  timeZone,
  business,
  firstPage,
}: {
  audience: 'client' | 'staff'
  locale: Locale
  timeZone: string
  business: string
  firstPage: FeedPage
}) {
  const t = useTranslations('notifications')
  const trpc = useTRPC()
  const api = useTRPCClient()
  const [entries, setEntries] = useState(firstPage.items)
  const [cursor, setCursor] = useState(firstPage.nextCursor)
  const [failed, setFailed] = useState(false)
  const router = audience === 'client' ? trpc.notifications : trpc.staff.notifications
  const client = audience === 'client' ? api.notifications : api.staff.notifications

  useSubscription(
    router.onNotification.subscriptionOptions(
      { lastEventId: firstPage.items[0]?.id ?? null },
      { onData: (event) => setEntries((shown) => merged(shown, [event.data])) },
    ),
  )

  const markRead = useMutation(
    router.markRead.mutationOptions({
      onSuccess: (_result, { id }) => {
        setEntries((shown) => shown.map((entry) => (entry.id === id ? { ...entry, readAt: new Date() } : entry)))
        tellTheBell()
      },
      onError: () => setFailed(true),
    }),
  )
  const markAllRead = useMutation(
    router.markAllRead.mutationOptions({
      onSuccess: () => {
        const now = new Date()
        setEntries((shown) => shown.map((entry) => ({ ...entry, readAt: entry.readAt ?? now })))
        tellTheBell()
      },
      onError: () => setFailed(true),
    }),
  )
  const [loadingOlder, setLoadingOlder] = useState(false)
  const loadOlder = async () => {
    if (!cursor) return
    setLoadingOlder(true)
    try {
      const page = await client.list.query({ cursor, limit: 20 })
      setEntries((shown) => merged(shown, page.items))
      setCursor(page.nextCursor)
    } catch {
      setFailed(true)
    } finally {
      setLoadingOlder(false)
    }
  }

  const unread = entries.some((entry) => entry.readAt === null)
  return (
    <section aria-labelledby="notifications-list" className="mt-6">
      <div className="flex flex-wrap items-center justify-between gap-2">
        <h2 id="notifications-list" className="sr-only">
          {t('title')}
        </h2>
        {unread ? (
          <Button
            variant="outline"
            size="sm"
            disabled={markAllRead.isPending}
            onClick={() => {
              setFailed(false)
              markAllRead.mutate()
            }}
          >
            {t('markAllRead')}
          </Button>
        ) : null}
      </div>
      {failed ? (
        <p role="alert" className="mt-3 text-sm text-destructive">
          {t('failed')}
        </p>
      ) : null}
      {entries.length === 0 ? (
        <p className="mt-6 text-muted-foreground">{t('empty')}</p>
      ) : (
        <ul className="mt-4 divide-y rounded-md border" data-testid="notification-list">
          {entries.map((entry) => (
            <NotificationItem
              key={entry.id}
              entry={entry}
              context={{ t, locale, timeZone, business, reader: audience }}
              markReadLabel={t('markRead')}
              unreadLabel={t('unread')}
              openLabel={t('open')}
              marking={markRead.isPending && markRead.variables.id === entry.id}
              onMarkRead={() => {
                setFailed(false)
                markRead.mutate({ id: entry.id })
              }}
            />
          ))}
        </ul>
      )}
      {cursor ? (
        <Button variant="outline" className="mt-4" disabled={loadingOlder} onClick={() => void loadOlder()}>
          {loadingOlder ? t('loading') : t('older')}
        </Button>
      ) : null}
    </section>
  )
}
