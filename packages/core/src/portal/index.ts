export { inviteClient } from './invite-client'
export { type ConsentContext, type Joiner, joinPortal, joinPortalAndName } from './join-portal'
export { membershipState, type MembershipState } from './membership-state'
export { currentPrivacyNoticeVersion, type PrivacyOfficer, privacyOfficer } from './privacy-notice'
