import { describe, expect, it } from 'vitest'
import { type ClientChoices, decideChannels, type RecipientFacts } from './decide-channels'
import type { NotifyRequest } from './notify-types'
import { defaultQuietHours } from './quiet-hours'

const quiet = { hours: defaultQuietHours, timeZone: 'America/Toronto' }
/** 14:00 in Toronto: outside quiet hours. */
const afternoon = new Date('2026-12-09T19:00:00Z')
/** 23:00 in Toronto. */
const night = new Date('2026-12-10T04:00:00Z')
const morning = new Date('2026-12-10T13:00:00Z')

const choices = (over: Partial<ClientChoices> = {}): ClientChoices => ({ email: true, sms: true, ...over })
const client = (over: Partial<Extract<RecipientFacts, { kind: 'client' }>> = {}): RecipientFacts => ({
  kind: 'client',
  email: 'marie@example.com',
  phone: '+15145550100',
  emailBouncing: false,
  smsOptedOut: false,
  pushDevices: 1,
  choices: choices(),
  ...over,
})
const staff = (over: Partial<Extract<RecipientFacts, { kind: 'staff' }>> = {}): RecipientFacts => ({
  kind: 'staff',
  email: 'sophie@example.com',
  emailBouncing: false,
  pushDevices: 0,
  choices: {},
  ...over,
})
const request = (over: Partial<Pick<NotifyRequest, 'topic' | 'channels' | 'now' | 'notAfter' | 'skip'>> = {}) => ({
  topic: 'reminders' as const,
  now: afternoon,
  ...over,
})
const byChannel = (decisions: ReturnType<typeof decideChannels>) =>
  Object.fromEntries(decisions.map(({ channel, ...rest }) => [channel, rest]))

describe('decideChannels', () => {
  it('sends on every channel a client turned on, in the afternoon', () => {
    expect(decideChannels(request(), client(), quiet)).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'sms', status: 'queued' },
      { channel: 'push', status: 'queued' },
      { channel: 'in_app', status: 'sent' },
    ])
  })

  it('gives each missing address or device its own reason', () => {
    const result = byChannel(decideChannels(request(), client({ email: null, phone: null, pushDevices: 0 }), quiet))
    expect(result.email).toEqual({ status: 'skipped', reason: 'no_email' })
    expect(result.sms).toEqual({ status: 'skipped', reason: 'no_phone' })
    expect(result.push).toEqual({ status: 'skipped', reason: 'no_push_device' })
    expect(result.in_app).toEqual({ status: 'sent' })
  })

  it('sends no SMS to a client who never chose it, nor to one who answered STOP', () => {
    expect(byChannel(decideChannels(request(), client({ choices: choices({ sms: false }) }), quiet)).sms).toEqual({
      status: 'skipped',
      reason: 'channel_off',
    })
    expect(byChannel(decideChannels(request(), client({ smsOptedOut: true }), quiet)).sms).toEqual({
      status: 'skipped',
      reason: 'opted_out',
    })
  })

  it('follows the per-topic choice over the channel default', () => {
    const picky = client({
      choices: choices({ topics: { reminders: { email: false, sms: false }, payments: { push: false } } }),
    })
    const reminder = byChannel(decideChannels(request(), picky, quiet))
    expect(reminder.email).toEqual({ status: 'skipped', reason: 'opted_out' })
    expect(reminder.sms).toEqual({ status: 'skipped', reason: 'opted_out' })
    expect(reminder.push).toEqual({ status: 'queued' })
    const change = byChannel(decideChannels(request({ topic: 'bookingChanges' }), picky, quiet))
    expect(change.email).toEqual({ status: 'queued' })
  })

  it('skips a bouncing address with that reason', () => {
    expect(byChannel(decideChannels(request(), client({ emailBouncing: true }), quiet)).email).toEqual({
      status: 'skipped',
      reason: 'address_bouncing',
    })
  })

  it('sends essential mail by email whatever the preferences, and nothing else but the bell', () => {
    const optedOut = client({ choices: choices({ email: false, topics: { payments: { email: false } } }) })
    expect(decideChannels(request({ topic: 'essential' }), optedOut, quiet)).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'in_app', status: 'sent' },
    ])
    expect(decideChannels(request({ topic: 'essential' }), client({ email: null }), quiet)[0]).toEqual({
      channel: 'email',
      status: 'skipped',
      reason: 'no_email',
    })
  })

  it('holds SMS and push at night until quiet hours end, never email', () => {
    const result = byChannel(decideChannels(request({ now: night }), client(), quiet))
    expect(result.email).toEqual({ status: 'queued' })
    expect(result.sms).toEqual({ status: 'deferred', until: morning })
    expect(result.push).toEqual({ status: 'deferred', until: morning })
  })

  it('skips for quiet hours what would arrive after it stops mattering', () => {
    const result = byChannel(
      decideChannels(request({ now: night, notAfter: new Date('2026-12-10T12:00:00Z') }), client(), quiet),
    )
    expect(result.sms).toEqual({ status: 'skipped', reason: 'quiet_hours' })
    expect(result.push).toEqual({ status: 'skipped', reason: 'quiet_hours' })
    expect(result.email).toEqual({ status: 'queued' })
  })

  it('skips every channel as too late once notAfter has passed', () => {
    const decisions = decideChannels(request({ notAfter: new Date(afternoon.getTime() - 1) }), client(), quiet)
    expect(decisions.map((d) => d.reason)).toEqual(['too_late', 'too_late', 'too_late', 'too_late'])
  })

  it('skips every channel with the workflow’s reason when the booking was cancelled or moved', () => {
    const decisions = decideChannels(request({ skip: 'booking_moved' }), client(), quiet)
    expect(decisions.map((d) => [d.status, d.reason])).toEqual([
      ['skipped', 'booking_moved'],
      ['skipped', 'booking_moved'],
      ['skipped', 'booking_moved'],
      ['skipped', 'booking_moved'],
    ])
  })

  it('considers only the channels asked for (a retry of the deferred ones)', () => {
    expect(decideChannels(request({ channels: ['sms'] }), client(), quiet)).toEqual([
      { channel: 'sms', status: 'queued' },
    ])
  })

  it('sends staff their notices by email and push unless they turned one off, never by SMS', () => {
    expect(decideChannels(request({ topic: 'bookingCreated' }), staff({ pushDevices: 2 }), quiet)).toEqual([
      { channel: 'email', status: 'queued' },
      { channel: 'push', status: 'queued' },
      { channel: 'in_app', status: 'sent' },
    ])
    const off = staff({ choices: { bookingCancelled: { email: false } } })
    expect(byChannel(decideChannels(request({ topic: 'bookingCancelled' }), off, quiet)).email).toEqual({
      status: 'skipped',
      reason: 'opted_out',
    })
    expect(byChannel(decideChannels(request({ topic: 'bookingCreated' }), off, quiet)).email).toEqual({
      status: 'queued',
    })
  })
})
