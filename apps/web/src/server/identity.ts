import 'server-only'
import type { IdentityResolver } from '@portail/auth'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import { webEnv } from '../env'

const anonymous: IdentityResolver = () => Promise.resolve(null)

/**
 * Who signed a request. Until the Clerk and dev adapters land, the only way to sign in is the
 * header test identity, and only when PORTAIL_TEST_IDENTITY=1 (refused in production by env.ts).
 */
export function identityResolver(): IdentityResolver {
  return webEnv().testIdentity ? createHeaderTestIdentity() : anonymous
}
