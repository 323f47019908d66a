import type { DeliveryChannel, NotificationTopic, NotifyRequest, SkipReason, StaffNoticeKind } from './notify-types'
import { type QuietHours, quietHoursEnd } from './quiet-hours'

type ChannelChoice = Partial<Record<'email' | 'sms' | 'push', boolean>>

/** What a client chose (clients.communication_preferences). */
export interface ClientChoices {
  email: boolean
  sms: boolean
  push?: boolean
  topics?: Partial<Record<NotificationTopic, ChannelChoice>>
}

/** Everything the decision needs to know about the recipient, read as the system actor. */
export type RecipientFacts =
  | {
      kind: 'client'
      email: string | null
      /** E.164, or null when the client has none (or one that is not a phone number). */
      phone: string | null
      emailBouncing: boolean
      smsOptedOut: boolean
      pushDevices: number
      choices: ClientChoices
    }
  | {
      kind: 'staff'
      email: string | null
      emailBouncing: boolean
      pushDevices: number
      choices: Partial<Record<StaffNoticeKind, Partial<Record<'email' | 'push', boolean>>>>
    }

export interface Decision {
  channel: DeliveryChannel
  /** queued: write it (in-app rows are written, so `sent`); skipped and deferred write only the log. */
  status: 'queued' | 'sent' | 'skipped' | 'deferred'
  reason?: SkipReason
  until?: Date
}

const allChannels: readonly DeliveryChannel[] = ['email', 'sms', 'push', 'in_app']

/**
 * Channels asked for, in one order, each once. Essential mail is email (and the bell) only; staff
 * get no SMS (the business has no staff phone numbers to text).
 */
export function channelsOf(
  request: Pick<NotifyRequest, 'channels' | 'topic'>,
  kind: RecipientFacts['kind'],
): DeliveryChannel[] {
  const wanted = request.channels ?? allChannels
  const possible: readonly DeliveryChannel[] =
    request.topic === 'essential' ? ['email', 'in_app'] : kind === 'staff' ? ['email', 'push', 'in_app'] : allChannels
  return allChannels.filter((channel) => wanted.includes(channel) && possible.includes(channel))
}

const isClientTopic = (topic: string): topic is NotificationTopic =>
  topic === 'reminders' || topic === 'bookingChanges' || topic === 'payments' || topic === 'messages'

const isStaffNotice = (topic: string): topic is StaffNoticeKind =>
  topic === 'bookingCreated' || topic === 'bookingCancelled' || topic === 'bookingRescheduled' || topic === 'messages'

/**
 * Whether the recipient's own choices let this channel carry this topic. Clients: the topic's
 * choice if they made one, else the channel's default (email and push on, SMS only once chosen,
 * which records the SMS consent). Staff: every notice on until they turn one off.
 */
function chosen(recipient: RecipientFacts, topic: NotifyRequest['topic'], channel: 'email' | 'sms' | 'push'): boolean {
  if (topic === 'essential') return true
  if (recipient.kind === 'staff') {
    if (channel === 'sms') return false
    return (isStaffNotice(topic) ? recipient.choices[topic]?.[channel] : undefined) ?? true
  }
  const perTopic = isClientTopic(topic) ? recipient.choices.topics?.[topic]?.[channel] : undefined
  if (channel === 'sms') return recipient.choices.sms && (perTopic ?? true)
  const channelDefault = channel === 'email' ? recipient.choices.email : (recipient.choices.push ?? true)
  return perTopic ?? channelDefault
}

/** SMS and push wait for the morning; past `notAfter`, waiting is pointless and the message is skipped. */
function holdForQuietHours(
  channel: DeliveryChannel,
  request: Pick<NotifyRequest, 'now' | 'notAfter'>,
  quiet: { hours: QuietHours; timeZone: string },
): Decision {
  const until = quietHoursEnd(request.now, quiet.hours, quiet.timeZone)
  if (!until) return { channel, status: 'queued' }
  if (request.notAfter && until.getTime() >= request.notAfter.getTime()) {
    return { channel, status: 'skipped', reason: 'quiet_hours' }
  }
  return { channel, status: 'deferred', until }
}

function decideOne(
  channel: DeliveryChannel,
  request: Pick<NotifyRequest, 'topic' | 'now' | 'notAfter'>,
  recipient: RecipientFacts,
  quiet: { hours: QuietHours; timeZone: string },
): Decision {
  const skip = (reason: SkipReason): Decision => ({ channel, status: 'skipped', reason })
  switch (channel) {
    case 'in_app':
      return { channel, status: 'sent' }
    case 'email':
      if (!recipient.email) return skip('no_email')
      if (recipient.emailBouncing) return skip('address_bouncing')
      return chosen(recipient, request.topic, 'email') ? { channel, status: 'queued' } : skip('opted_out')
    case 'sms':
      if (recipient.kind === 'staff' || !recipient.choices.sms) return skip('channel_off')
      if (!recipient.phone) return skip('no_phone')
      if (recipient.smsOptedOut || !chosen(recipient, request.topic, 'sms')) return skip('opted_out')
      return holdForQuietHours(channel, request, quiet)
    case 'push':
      if (!chosen(recipient, request.topic, 'push')) return skip('opted_out')
      if (recipient.pushDevices === 0) return skip('no_push_device')
      return holdForQuietHours(channel, request, quiet)
  }
}

/**
 * What happens on each channel, in order email, sms, push, in_app. Pure: notify() reads the facts,
 * this decides, notify() writes. Essential messages ignore preferences, never bounces or missing
 * addresses; email is never held for quiet hours (it waits in the inbox, not on a lock screen).
 */
export function decideChannels(
  request: Pick<NotifyRequest, 'topic' | 'channels' | 'now' | 'notAfter' | 'skip'>,
  recipient: RecipientFacts,
  quiet: { hours: QuietHours; timeZone: string },
): Decision[] {
  const channels = channelsOf(request, recipient.kind)
  if (request.skip) return channels.map((channel) => ({ channel, status: 'skipped', reason: request.skip }))
  if (request.notAfter && request.now.getTime() >= request.notAfter.getTime()) {
    return channels.map((channel) => ({ channel, status: 'skipped', reason: 'too_late' }))
  }
  return channels.map((channel) => decideOne(channel, request, recipient, quiet))
}
