import type { ActorContext } from '@portail/db'

/** The identity service acts before any tenant or user is known. */
export const identityActor: ActorContext = { actor: 'identity', tenantId: null }
