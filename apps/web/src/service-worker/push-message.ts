/** What the service worker shows for one push message. */
export interface PushNotification {
  title: string
  body: string
  url: string
  tag: string | undefined
  icon: string | undefined
}

const text = (value: unknown, max: number): string | undefined =>
  typeof value === 'string' && value.trim() !== '' ? value.slice(0, max) : undefined

/**
 * The notification a push message asks for (JSON `{ title, body, url, tag }` from
 * sendPushToRecipient), read defensively: a push is shown whatever it holds, since a browser may
 * revoke the permission of a worker that receives a push and shows nothing. Titles and bodies are
 * bounded as the platforms truncate them anyway; the url stays a path of this portal.
 */
export function notificationFromPush(raw: string | null): PushNotification {
  let data: Record<string, unknown> = {}
  try {
    const parsed: unknown = raw ? JSON.parse(raw) : {}
    if (typeof parsed === 'object' && parsed !== null) data = parsed as Record<string, unknown>
  } catch {
    // Not JSON: shown as the body below.
  }
  const url = text(data.url, 2000)
  return {
    title: text(data.title, 120) ?? 'Portail',
    body: text(data.body, 400) ?? (raw && Object.keys(data).length === 0 ? raw.slice(0, 400) : ''),
    url: url?.startsWith('/') && !url.startsWith('//') ? url : '/',
    tag: text(data.tag, 200),
    icon: text(data.icon, 2000),
  }
}
