export {
  type Action,
  actions,
  can,
  isSensitiveAction,
  permissionsOf,
  type Role,
  roles,
  sensitiveActions,
} from './permissions'
export type { Identity, IdentityResolver } from './identity'
export { isSecondFactorFresh, secondFactorMaxAgeMinutes } from './second-factor'
export { deploymentScheme } from './deployment-scheme'
export { hasNoNameOfTheirOwn, suggestedName } from './name-from-email'
