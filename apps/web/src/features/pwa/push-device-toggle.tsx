'use client'

import { Button } from '@portail/ui/button'
import { useMutation, useQueryClient } from '@tanstack/react-query'
import { useTranslations } from 'next-intl'
import { useEffect, useId, useState } from 'react'
import { useTRPC } from '~/trpc/client'
import { currentSubscription, pushSupport, subscribeDevice } from './push-device'

type State = 'checking' | 'unsupported' | 'denied' | 'off' | 'on' | 'turningOn' | 'turningOff' | 'failed'

interface Props {
  /** Whose devices: a client's (portal profile) or a team member's (admin settings). */
  area: 'portal' | 'staff'
  /** The server's VAPID public key; null when web push is off (then nothing is shown). */
  vapidPublicKey: string | null
}

/**
 * "Turn on notifications on this device": asks the browser's permission on the person's click
 * only, subscribes this device and records it for the signed-in client or member; turning it off
 * removes it from the server first, then from the browser.
 */
export function PushDeviceToggle({ area, vapidPublicKey }: Props) {
  const t = useTranslations('push')
  const trpc = useTRPC()
  const ids = useId()
  const [state, setState] = useState<State>('checking')
  const procedures = area === 'portal' ? trpc.push : trpc.staff.push
  const subscribe = useMutation(procedures.subscribe.mutationOptions())
  const unsubscribe = useMutation(procedures.unsubscribe.mutationOptions())
  const queryClient = useQueryClient()

  useEffect(() => {
    let live = true
    const support = pushSupport()
    if (support !== 'supported') {
      setState(support)
      return
    }
    // On only if this browser is subscribed AND the server has it for this person: on a shared
    // computer the browser's subscription may be someone else's.
    void currentSubscription()
      .then(async (subscription) => {
        const mine =
          subscription !== null &&
          (await queryClient.fetchQuery(procedures.isSubscribed.queryOptions({ endpoint: subscription.endpoint })))
        if (live) setState(mine ? 'on' : 'off')
      })
      .catch(() => {
        if (live) setState('off')
      })
    return () => {
      live = false
    }
  }, [procedures, queryClient])

  if (!vapidPublicKey) return null

  async function turnOn(key: string) {
    setState('turningOn')
    try {
      const device = await subscribeDevice(key)
      if (device === 'denied') return setState('denied')
      await subscribe.mutateAsync({ ...device, userAgent: navigator.userAgent.slice(0, 300) })
      setState('on')
    } catch {
      setState('failed')
    }
  }

  async function turnOff() {
    setState('turningOff')
    try {
      const subscription = await currentSubscription()
      if (subscription) {
        await unsubscribe.mutateAsync({ endpoint: subscription.endpoint })
        await subscription.unsubscribe()
      }
      setState('off')
    } catch {
      setState('failed')
    }
  }

  const busy = state === 'turningOn' || state === 'turningOff' || state === 'checking'
  const status = {
    checking: null,
    unsupported: t('unsupported'),
    denied: t('denied'),
    off: t('off'),
    on: t('on'),
    turningOn: t('turningOn'),
    turningOff: t('turningOff'),
    failed: t('failed'),
  }[state]
  return (
    <section aria-labelledby={`${ids}-title`} className="grid gap-3">
      <h2 id={`${ids}-title`} className="text-lg font-semibold">
        {t('title')}
      </h2>
      <p className="text-sm text-muted-foreground">{t('intro')}</p>
      <p role="status" className="text-sm">
        {status}
      </p>
      {state === 'unsupported' || state === 'denied' ? null : (
        <div>
          <Button
            type="button"
            variant={state === 'on' ? 'outline' : 'default'}
            disabled={busy}
            onClick={() => void (state === 'on' ? turnOff() : turnOn(vapidPublicKey))}
          >
            {state === 'on' ? t('turnOff') : t('turnOn')}
          </Button>
        </div>
      )}
    </section>
  )
}
