'use client'

import type { RouterOutputs } from '@portail/api'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'

type Notices = RouterOutputs['staff']['preferences']['notices']
const kinds = ['bookingCreated', 'bookingCancelled', 'bookingRescheduled', 'messages'] as const
const channels = ['email', 'push'] as const

/** The signed-in member's own notices, by email and on their devices (in-app is always on). */
export function StaffNoticesForm({ initial }: { initial: Notices }) {
  const t = useTranslations('staffNotices')
  // Literal keys (the message-usage check reads them).
  const channelName: Record<(typeof channels)[number], string> = { email: t('email'), push: t('push') }
  const noticeName: Record<string, string> = {
    bookingCreated: t('notices.bookingCreated'),
    bookingCancelled: t('notices.bookingCancelled'),
    bookingRescheduled: t('notices.bookingRescheduled'),
    messages: t('notices.messages'),
  }
  const trpc = useTRPC()
  const ids = useId()
  const [notices, setNotices] = useState(initial)
  const save = useMutation(trpc.staff.preferences.updateNotices.mutationOptions())

  async function submit() {
    try {
      setNotices(await save.mutateAsync(notices))
      toast.success(t('saved'))
    } catch (error) {
      toast.error(errorText(error, t('failed')))
    }
  }

  return (
    <form
      aria-labelledby={`${ids}-title`}
      className="grid gap-3"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <h2 id={`${ids}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('intro')}</p>
      <table className="text-sm">
        <thead>
          <tr>
            <th scope="col" className="py-1 text-left font-medium">
              {t('noticeColumn')}
            </th>
            {channels.map((channel) => (
              <th key={channel} scope="col" className="px-2 py-1 font-medium">
                {channelName[channel]}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {kinds.map((kind) => (
            <tr key={kind} className="border-t">
              <th scope="row" className="py-2 text-left font-normal">
                {noticeName[kind] ?? kind}
              </th>
              {channels.map((channel) => (
                <td key={channel} className="px-2 py-2 text-center">
                  <Checkbox
                    aria-label={`${noticeName[kind] ?? kind} : ${channelName[channel]}`}
                    checked={notices[kind][channel]}
                    onCheckedChange={(on) =>
                      setNotices((current) => ({ ...current, [kind]: { ...current[kind], [channel]: on === true } }))
                    }
                  />
                </td>
              ))}
            </tr>
          ))}
        </tbody>
      </table>
      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        {t('save')}
      </Button>
    </form>
  )
}
