/**
 * What notify() does after its commit that reaches outside this package: waking the mail and SMS
 * relays (`nudge` of @portail/events, which this package does not depend on: ports sit side by
 * side). The boot code that wires the event sink also calls `setNotifyNudge(nudge)`; until then a
 * queued message waits for the relay's next cron tick, which is slower but loses nothing.
 */
export type NotifyNudge = (kind: 'mail' | 'sms') => void

let registered: NotifyNudge = () => undefined

export function setNotifyNudge(nudge: NotifyNudge): void {
  registered = nudge
}

export const notifyNudge: NotifyNudge = (kind) => {
  registered(kind)
}
