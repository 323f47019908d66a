/** The browser side of web push: what this device can do, and its subscription. No React here. */

export type PushSupport = 'supported' | 'unsupported' | 'denied'

/** Whether this browser can get push messages from this site now (iOS: only once installed). */
export function pushSupport(): PushSupport {
  if (typeof window === 'undefined' || !('serviceWorker' in navigator) || !('PushManager' in window)) {
    return 'unsupported'
  }
  if (!('Notification' in window)) return 'unsupported'
  return Notification.permission === 'denied' ? 'denied' : 'supported'
}

/** The VAPID public key (base64url) as the bytes PushManager.subscribe takes. */
export function applicationServerKey(base64url: string): Uint8Array<ArrayBuffer> {
  const base64 = base64url
    .replace(/-/g, '+')
    .replace(/_/g, '/')
    .padEnd(Math.ceil(base64url.length / 4) * 4, '=')
  const raw = atob(base64)
  const bytes = new Uint8Array(new ArrayBuffer(raw.length))
  for (let i = 0; i < raw.length; i += 1) bytes[i] = raw.charCodeAt(i)
  return bytes
}

/** The portal's service worker (app/api/serwist), registered if the page has not done it yet. */
async function serviceWorker(): Promise<ServiceWorkerRegistration> {
  const existing = await navigator.serviceWorker.getRegistration('/')
  if (!existing) await navigator.serviceWorker.register('/api/serwist/sw.js', { scope: '/' })
  return navigator.serviceWorker.ready
}

/** This device's current subscription, if it has one. */
export async function currentSubscription(): Promise<PushSubscription | null> {
  const registration = await navigator.serviceWorker.getRegistration('/')
  return registration ? registration.pushManager.getSubscription() : null
}

export interface DeviceSubscriptionJson {
  endpoint: string
  keys: { p256dh: string; auth: string }
}

/**
 * Asks permission (the browser's own prompt, only on the person's click) and subscribes this
 * device with our key. A subscription made earlier with another key (a new VAPID pair) is
 * replaced: the push service would refuse our messages on it.
 */
export async function subscribeDevice(vapidPublicKey: string): Promise<DeviceSubscriptionJson | 'denied'> {
  if ((await Notification.requestPermission()) !== 'granted') return 'denied'
  const registration = await serviceWorker()
  const key = applicationServerKey(vapidPublicKey)
  const existing = await registration.pushManager.getSubscription()
  const sameKey =
    existing?.options.applicationServerKey &&
    new Uint8Array(existing.options.applicationServerKey).every((byte, i) => byte === key[i])
  if (existing && !sameKey) await existing.unsubscribe()
  const subscription =
    existing && sameKey
      ? existing
      : await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey: key })
  const json = subscription.toJSON()
  const p256dh = json.keys?.p256dh
  const auth = json.keys?.auth
  if (!json.endpoint || !p256dh || !auth) throw new Error('The browser gave a subscription without keys')
  return { endpoint: json.endpoint, keys: { p256dh, auth } }
}
