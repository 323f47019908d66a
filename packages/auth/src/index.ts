export { type Action, actions, can, permissionsOf, type Role, roles } from './permissions'
export type { Identity, IdentityResolver } from './identity'
export { isSecondFactorFresh } from './second-factor'
