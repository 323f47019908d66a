import { z } from 'zod'
import { eventCatalog, type EventName } from './event-catalog'
import { nudgeEventNames, platformTenantId } from './event-sink'

/** A nudge carries nothing but the platform tenant: the relay it wakes reads its own table. */
const nudgeData = z.strictObject({ tenantId: z.literal(platformTenantId) })

/**
 * Events that are not domain changes and never go through the outbox: the nudges that wake a relay
 * right after a commit queued work for it (`nudge()`).
 */
export const platformEventCatalog = {
  [nudgeEventNames.outbox]: nudgeData,
  [nudgeEventNames.mail]: nudgeData,
  [nudgeEventNames.sms]: nudgeData,
} as const

export type PlatformEventName = keyof typeof platformEventCatalog

const withTenantId = <S extends z.ZodObject>(schema: S) => schema.extend({ tenantId: z.uuid() })
type WithTenant<N extends EventName> = ReturnType<typeof withTenantId<(typeof eventCatalog)[N]>>

/**
 * Every event a workflow function receives, with `data` as it arrives: a domain event's payload
 * plus the `tenantId` the outbox relay adds (the function re-checks it against the row it reads),
 * and the platform events. The Inngest client types its events from this.
 */
export const workflowEventCatalog = {
  ...(Object.fromEntries(
    (Object.keys(eventCatalog) as EventName[]).map((name) => [name, withTenantId(eventCatalog[name])]),
  ) as {
    [N in EventName]: WithTenant<N>
  }),
  ...platformEventCatalog,
}

export type WorkflowEventName = keyof typeof workflowEventCatalog
export type WorkflowEventData<N extends WorkflowEventName> = z.infer<(typeof workflowEventCatalog)[N]>
