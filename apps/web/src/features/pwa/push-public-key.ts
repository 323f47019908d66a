import 'server-only'
import { loggerFor } from '@portail/logger'
import { configuredVapid } from '@portail/notifications'

const log = loggerFor('web-push')

/**
 * The VAPID public key a browser subscribes with, or null when web push is off (production without
 * VAPID_* keys) or its development key file is unreadable: the device toggle is then not shown,
 * and the page still renders.
 */
export function pushPublicKey(): string | null {
  try {
    return configuredVapid()?.publicKey ?? null
  } catch (error) {
    log.error({ err: error }, 'web push: no VAPID key; the device toggle is hidden')
    return null
  }
}
