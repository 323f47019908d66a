import 'server-only'
import type { IdentityResolver } from '@portail/auth'
import { createDevIdentity, isSecureRequest } from '@portail/auth/dev'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import type { Database } from '@portail/db'
import { webEnv } from '../env'
import { clerkIdentity } from './clerk'

/** The first resolver that recognises the request signs it in. */
const firstOf =
  (resolvers: IdentityResolver[]): IdentityResolver =>
  async (headers) => {
    for (const resolve of resolvers) {
      const identity = await resolve(headers)
      if (identity) return identity
    }
    return null
  }

/**
 * Who signed a request: Clerk's session (when its keys are set), else the dev adapter's session
 * cookie (embedded default, and production builds under test only), and the header test identity
 * when PORTAIL_TEST_IDENTITY=1. Over HTTPS only the dev adapter's `__Host-` cookie counts, so a
 * sibling subdomain cannot plant a session.
 */
export function identityResolver(request: Request, database: Database): IdentityResolver {
  const env = webEnv()
  const resolvers: IdentityResolver[] = []
  if (env.testIdentity) resolvers.push(createHeaderTestIdentity())
  if (env.clerk) resolvers.push(clerkIdentity(env.clerk, database))
  if (env.devAuth) {
    const { secret, operators } = env.devAuth
    resolvers.push(createDevIdentity({ database, secret, operators, secure: isSecureRequest(request) }))
  }
  return firstOf(resolvers)
}
