import 'server-only'
import type { IdentityResolver } from '@portail/auth'
import { createDevIdentity, isSecureRequest } from '@portail/auth/dev'
import { createHeaderTestIdentity } from '@portail/auth/header-test-identity'
import type { Database } from '@portail/db'
import { webEnv } from '../env'

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
 * Who signed a request: the dev adapter's session cookie (embedded default, and production
 * builds under test only), and the header test identity when PORTAIL_TEST_IDENTITY=1. The Clerk
 * adapter joins here once its user lookup is backed by the database. Over HTTPS only the
 * `__Host-` cookie counts, so a sibling subdomain cannot plant a session.
 */
export function identityResolver(request: Request, database: Database): IdentityResolver {
  const env = webEnv()
  const resolvers: IdentityResolver[] = []
  if (env.testIdentity) resolvers.push(createHeaderTestIdentity())
  if (env.devAuth) {
    const { secret, operators } = env.devAuth
    resolvers.push(createDevIdentity({ database, secret, operators, secure: isSecureRequest(request) }))
  }
  return firstOf(resolvers)
}
