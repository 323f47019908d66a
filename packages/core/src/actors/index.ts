export { anonymousActor, type ResolvedActor, resolveActor } from './resolve-actor'
