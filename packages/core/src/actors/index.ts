export { anonymousActor, type ResolvedActor, resolveActor } from './resolve-actor'
export type { ClientActor, StaffActor } from './actor-kinds'
