export {
  type ClerkIdentityOptions,
  type ClerkSessionRefusalReason,
  type ClerkUserLookup,
  createClerkIdentity,
} from './clerk-identity'
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
