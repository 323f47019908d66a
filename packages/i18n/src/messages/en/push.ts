import type { CatalogOf } from '../messages'
import type { pushFr } from '../fr/push'

/** Web push on a device, in English (same keys as fr/push.ts). */
export const pushEn: CatalogOf<typeof pushFr> = {
  push: {
    title: 'Notifications on this device',
    intro: 'Get your reminders and appointment changes on this device, even when the portal is closed.',
    turnOn: 'Turn on notifications on this device',
    turnOff: 'Turn off notifications on this device',
    turningOn: 'Turning on…',
    turningOff: 'Turning off…',
    on: 'Notifications are on for this device.',
    off: 'Notifications are off for this device.',
    denied: 'Your browser blocks notifications from this site. Allow them in the browser’s settings, then try again.',
    unsupported:
      'This browser cannot receive notifications. On iPhone or iPad, first add the portal to the Home Screen.',
    failed: 'This setting cannot be changed right now. Try again.',
  },
}
