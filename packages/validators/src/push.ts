import { z } from 'zod'
import { ZText } from './text'

/**
 * The push services browsers subscribe with (Chrome and Edge: FCM; Firefox: Mozilla's autopush;
 * Safari: Apple's; legacy Edge: WNS). The server POSTs every notification to the endpoint a
 * browser gave, so any other host is refused: an endpoint of the caller's choosing would make the
 * server call an address inside our network (SSRF).
 */
const pushServiceHosts = [
  /^fcm\.googleapis\.com$/,
  /(^|\.)push\.services\.mozilla\.com$/,
  /(^|\.)push\.apple\.com$/,
].concat([/(^|\.)notify\.windows\.com$/, /^android\.googleapis\.com$/])

export const isPushServiceUrl = (value: string): boolean => {
  const url = URL.parse(value)
  if (url?.protocol !== 'https:' || url.username || url.password || (url.port !== '' && url.port !== '443'))
    return false
  return pushServiceHosts.some((host) => host.test(url.hostname))
}

/**
 * Unpadded base64url of exactly `bytes` bytes (padding tolerated): counted, no decoding (browser-safe).
 * From ZText, like every input string, so the input sweep sees its control-character check.
 */
const base64url = (bytes: number) =>
  ZText.max(200)
    .regex(/^[A-Za-z0-9_-]+={0,2}$/, { message: 'input.pushKeyInvalid' })
    .refine((value) => value.replace(/=+$/, '').length === Math.ceil((bytes * 4) / 3), {
      message: 'input.pushKeyInvalid',
    })

export const ZPushEndpoint = ZText.max(2048).refine(isPushServiceUrl, { message: 'input.pushEndpointInvalid' })

/** A browser's PushSubscription, as `subscription.toJSON()` gives it (the keys the payload is encrypted with). */
export const ZSubscribePushInput = z.strictObject({
  endpoint: ZPushEndpoint,
  keys: z.strictObject({
    /** The browser's P-256 public key, uncompressed: 65 bytes. */
    p256dh: base64url(65),
    /** The 16-byte authentication secret. */
    auth: base64url(16),
  }),
  /** Which browser and device, as the person will recognise it in a list of their devices. */
  userAgent: ZText.trim().max(300).optional(),
})
export type TSubscribePushInput = z.output<typeof ZSubscribePushInput>

export const ZUnsubscribePushInput = z.strictObject({ endpoint: ZPushEndpoint })
export type TUnsubscribePushInput = z.output<typeof ZUnsubscribePushInput>
