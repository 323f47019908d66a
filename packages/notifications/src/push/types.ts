/** Who a push goes to: every device a client or a staff member subscribed in one business. */
export type PushRecipient = { kind: 'client'; clientId: string } | { kind: 'staff'; userId: string }

/** What the service worker shows: the notification's words, where a click leads, and its tag. */
export interface PushPayload {
  title: string
  body: string
  /** A path or URL of the portal the click opens. */
  url: string
  /** Same tag, same notification: a newer one replaces it on the device instead of piling up. */
  tag: string
}

export interface PushRequest {
  tenantId: string
  recipient: PushRecipient
  payload: PushPayload
}

/** Devices reached, subscriptions removed (the push service said 404/410: gone), other failures. */
export interface PushOutcome {
  sent: number
  removed: number
  failed: number
}
