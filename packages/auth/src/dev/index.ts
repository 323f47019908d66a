export { type DevAuthEnv, readDevAuthEnv } from './env'
export { createDevIdentity, type DevIdentityOptions } from './dev-identity'
export {
  type DevAuthOptions,
  requestSignInCode,
  type RequestSignInCodeInput,
  type SignInCodeRequested,
} from './request-sign-in-code'
export {
  type SignInRefusal,
  type SignInResult,
  verifySignInCode,
  type VerifySignInCodeInput,
} from './verify-sign-in-code'
export { signOut } from './sign-out'
export { redeemSessionTransfer, type TransferRefusal, type TransferResult } from './redeem-session-transfer'
export { requestStepUpCode, type StepUpCodeRequested } from './request-step-up-code'
export { type StepUpRefusal, type StepUpResult, verifyStepUpCode } from './verify-step-up-code'
export { clearedSessionCookie, sessionCookie, sessionCookieName } from './session-cookie'
export { codeLifetimeMinutes, maxCodeAttempts, sessionLifetimeSeconds } from './settings'
export {
  createDevAuthHandlers,
  type DevAuthHandlers,
  isSecureRequest,
  type SignInRateLimits,
  type TransferRefusalReason,
} from './http/dev-auth-handlers'
export { devAuthFromEnv } from './dev-auth'
