import { z } from 'zod'
import { ZId } from './common'
import { ZText } from './text'

/** One kind of message's channels, each on or off; a channel left out follows its main switch. */
const ZTopicChannels = z.strictObject({
  email: z.boolean().optional(),
  sms: z.boolean().optional(),
  push: z.boolean().optional(),
})

/**
 * A client's choice of channels (the main switches), per kind of message, marketing and language.
 * Turning SMS on is consenting to it (the form shows the wording beside the switch): core records
 * the consent with the wording's version, and its withdrawal when it is turned off.
 */
export const ZUpdateMyNotificationPreferencesInput = z.strictObject({
  channels: z.strictObject({ email: z.boolean(), sms: z.boolean(), push: z.boolean() }),
  topics: z.strictObject({
    reminders: ZTopicChannels,
    bookingChanges: ZTopicChannels,
    payments: ZTopicChannels,
    messages: ZTopicChannels,
  }),
  marketing: z.boolean(),
  locale: z.enum(['fr', 'en']),
})
export type TUpdateMyNotificationPreferencesInput = z.output<typeof ZUpdateMyNotificationPreferencesInput>

const ZNoticeChannels = z.strictObject({ email: z.boolean(), push: z.boolean() })

/** Which notices a member of the team gets by email and by push (in-app is always on). */
export const ZUpdateStaffNoticePreferencesInput = z.strictObject({
  bookingCreated: ZNoticeChannels,
  bookingCancelled: ZNoticeChannels,
  bookingRescheduled: ZNoticeChannels,
  messages: ZNoticeChannels,
})
export type TUpdateStaffNoticePreferencesInput = z.output<typeof ZUpdateStaffNoticePreferencesInput>

const ZTimeOfDay = ZText.max(5, { message: 'notification.quietHoursInvalid' }).regex(/^([01]\d|2[0-3]):[0-5]\d$/, {
  message: 'notification.quietHoursInvalid',
})

/** The business's quiet hours ("HH:MM", its own time zone; the window may cross midnight). */
export const ZUpdateQuietHoursInput = z
  .strictObject({ start: ZTimeOfDay, end: ZTimeOfDay })
  .refine((hours) => hours.start !== hours.end, { message: 'notification.quietHoursEmpty', path: ['end'] })
export type TUpdateQuietHoursInput = z.output<typeof ZUpdateQuietHoursInput>

/** A page of a delivery log, newest first: `before` is the last row's id of the previous page. */
const ZDeliveryPage = { before: ZId.optional(), limit: z.number().int().min(1).max(100).default(50) }

export const ZBookingDeliveriesInput = z.strictObject({ bookingId: ZId })
export const ZClientDeliveriesInput = z.strictObject({ clientId: ZId, ...ZDeliveryPage })
export const ZMyDeliveriesInput = z.strictObject(ZDeliveryPage)
