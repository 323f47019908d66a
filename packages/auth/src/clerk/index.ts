export {
  type ClerkIdentityOptions,
  type ClerkSessionRefusalReason,
  type ClerkUserLookup,
  createClerkIdentity,
} from './clerk-identity'
export { type AuthorizedPartiesConfig, authorizedPartiesFor, noAuthorizedParty, ownOrigin } from './authorized-parties'
export { deploymentScheme } from '../deployment-scheme'
export { type OrgRole, mapClerkOrgRole } from './org-role'
export type { ClerkSessionClaims } from './session-claims'
export {
  type SessionTokenOptions,
  type SessionTokenRefusalReason,
  type SessionTokenVerification,
  verifySessionToken,
} from './verify-session-token'
export {
  type ClerkWebhookEvent,
  type ClerkWebhookRefusalReason,
  type ClerkWebhookVerification,
  verifyClerkWebhook,
} from './verify-clerk-webhook'
export { type ClerkBackend, type ClerkBackendOptions, createClerkApiClient, createClerkBackend } from './clerk-backend'
export type { ClerkOrganizationRecord, ClerkUserRecord } from './clerk-records'
export { createDatabaseClerkLookup, type DatabaseClerkLookupOptions } from './clerk-user-lookup'
export { identityFromVerifiedClaims } from './identity-from-claims'
export { type ClerkWebhookHandlerOptions, handleClerkWebhook } from './clerk-webhook-handler'
export {
  applyClerkDelivery,
  type ClerkDelivery,
  type ClerkDeliveryOutcome,
  organizationDeletedReason,
} from './sync/apply-clerk-event'
export { type ClerkOrganizationDirectory, createClerkOrganizationDirectory } from './clerk-organization-directory'
