'use client'

import type { RouterOutputs } from '@portail/api'
import { createFormatters, type Locale } from '@portail/i18n'
import { Button } from '@portail/ui/button'
import { Checkbox } from '@portail/ui/checkbox'
import { Switch } from '@portail/ui/switch'
import { toast } from '@portail/ui/toast'
import { useMutation } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { errorText } from '../admin/error-text'

type Preferences = RouterOutputs['notificationPreferences']['mine']
type Channel = 'email' | 'sms' | 'push'
const channels: readonly Channel[] = ['email', 'sms', 'push']
const topics = ['reminders', 'bookingChanges', 'payments', 'messages'] as const
type Topic = (typeof topics)[number]

/**
 * The client's channels (main switches), per kind of message, and marketing. Turning SMS on shows
 * and records the consent wording (core stores it with its version); SMS needs a phone on the
 * profile and is off after a STOP. A box of a kind follows its main switch until it is unticked.
 */
export function NotificationPreferencesForm({
  initial,
  business,
  locale,
  timeZone,
}: {
  initial: Preferences
  business: string
  locale: Locale
  timeZone: string
}) {
  const t = useTranslations('notificationPreferences')
  // Literal keys (the message-usage check reads them).
  const channelName: Record<Channel, string> = { email: t('email'), sms: t('sms'), push: t('push') }
  const channelHint: Record<Channel, string> = { email: t('emailHint'), sms: t('smsHint'), push: t('pushHint') }
  const topicName: Record<(typeof topics)[number], string> = {
    reminders: t('topics.reminders'),
    bookingChanges: t('topics.bookingChanges'),
    payments: t('topics.payments'),
    messages: t('topics.messages'),
  }
  const trpc = useTRPC()
  const ids = useId()
  const [prefs, setPrefs] = useState(initial)
  const save = useMutation(trpc.notificationPreferences.update.mutationOptions())
  const format = createFormatters({ locale, timeZone })
  const smsBlocked = !prefs.hasPhone || prefs.smsOptedOut

  const setChannel = (channel: Channel, on: boolean) =>
    setPrefs((current) => ({ ...current, channels: { ...current.channels, [channel]: on } }))
  const topicOn = (topic: Topic, channel: Channel) =>
    prefs.channels[channel] && (prefs.topics[topic]?.[channel] ?? true)
  const setTopic = (topic: Topic, channel: Channel, on: boolean) =>
    setPrefs((current) => ({
      ...current,
      topics: { ...current.topics, [topic]: { ...current.topics[topic], [channel]: on } },
    }))

  async function submit() {
    try {
      const saved = await save.mutateAsync({
        channels: prefs.channels,
        topics: {
          reminders: prefs.topics.reminders ?? {},
          bookingChanges: prefs.topics.bookingChanges ?? {},
          payments: prefs.topics.payments ?? {},
          messages: prefs.topics.messages ?? {},
        },
        marketing: prefs.marketing,
        locale: prefs.locale,
      })
      setPrefs(saved)
      toast.success(t('saved'))
    } catch (error) {
      toast.error(errorText(error, t('failed')))
    }
  }

  return (
    <form
      aria-labelledby={`${ids}-title`}
      className="mt-10 grid gap-6"
      onSubmit={(event) => {
        event.preventDefault()
        void submit()
      }}
    >
      <div>
        <h2 id={`${ids}-title`} className="text-xl font-semibold">
          {t('title')}
        </h2>
        <p className="mt-1 text-sm text-muted-foreground">{t('intro', { business })}</p>
      </div>

      <fieldset className="grid gap-4">
        <legend className="mb-2 text-lg font-semibold">{t('channelsLegend')}</legend>
        {channels.map((channel) => (
          <div key={channel} className="grid gap-1">
            <div className="flex items-center gap-3">
              <Switch
                id={`${ids}-${channel}`}
                checked={prefs.channels[channel]}
                disabled={channel === 'sms' && smsBlocked && !prefs.channels.sms}
                onCheckedChange={(on) => setChannel(channel, on)}
                aria-describedby={`${ids}-${channel}-hint`}
              />
              <label htmlFor={`${ids}-${channel}`}>{channelName[channel]}</label>
            </div>
            <p id={`${ids}-${channel}-hint`} className="text-sm text-muted-foreground">
              {channel === 'sms'
                ? prefs.smsOptedOut
                  ? t('smsStopped')
                  : !prefs.hasPhone
                    ? t('smsNeedsPhone')
                    : t('smsConsent', { business })
                : channelHint[channel]}
            </p>
            {channel === 'sms' && prefs.channels.sms && prefs.smsConsent ? (
              <p className="text-xs text-muted-foreground">
                {t('smsConsentGiven', { date: format.date(prefs.smsConsent.acceptedAt) })}
              </p>
            ) : null}
          </div>
        ))}
      </fieldset>

      <fieldset className="grid gap-2">
        <legend className="mb-2 text-lg font-semibold">{t('topicsLegend')}</legend>
        <p className="text-sm text-muted-foreground">{t('topicsHint')}</p>
        <table className="text-sm">
          <thead>
            <tr>
              <th scope="col" className="py-1 text-left font-medium">
                {t('topicColumn')}
              </th>
              {channels.map((channel) => (
                <th key={channel} scope="col" className="px-2 py-1 font-medium">
                  {channelName[channel]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {topics.map((topic) => (
              <tr key={topic} className="border-t">
                <th scope="row" className="py-2 text-left font-normal">
                  {topicName[topic]}
                </th>
                {channels.map((channel) => (
                  <td key={channel} className="px-2 py-2 text-center">
                    <Checkbox
                      aria-label={`${topicName[topic]} : ${channelName[channel]}`}
                      checked={topicOn(topic, channel)}
                      disabled={!prefs.channels[channel]}
                      onCheckedChange={(on) => setTopic(topic, channel, on === true)}
                    />
                  </td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      </fieldset>

      <div className="flex items-start gap-3">
        <Checkbox
          id={`${ids}-marketing`}
          checked={prefs.marketing}
          onCheckedChange={(on) => setPrefs((current) => ({ ...current, marketing: on === true }))}
          aria-describedby={`${ids}-marketing-hint`}
          className="mt-0.5"
        />
        <div>
          <label htmlFor={`${ids}-marketing`}>{t('marketing', { business })}</label>
          <p id={`${ids}-marketing-hint`} className="text-sm text-muted-foreground">
            {t('marketingHint')}
          </p>
        </div>
      </div>

      <Button type="submit" disabled={save.isPending} className="justify-self-start">
        {t('save')}
      </Button>
    </form>
  )
}
