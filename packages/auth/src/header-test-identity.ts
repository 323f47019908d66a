import type { Identity, IdentityResolver } from './identity'

export const testIdentityHeaders = {
  userId: 'x-portail-test-user',
  email: 'x-portail-test-email',
  name: 'x-portail-test-name',
  locale: 'x-portail-test-locale',
  operator: 'x-portail-test-operator',
  /** Whole minutes since the session verified a second factor; absent means never. */
  secondFactorAge: 'x-portail-test-second-factor-age',
  /** '1' makes the email unproven (the identity reports emailVerified false); proven otherwise. */
  emailUnverified: 'x-portail-test-email-unverified',
} as const

const minutes = /^\d{1,6}$/
const uuid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/**
 * TEST AND DEV ONLY. Believes whatever the request headers say: anyone who can send a header
 * becomes that user, operator included. It exists so API tests and e2e runs can act as any
 * fixture user without a sign-in flow. Never enable it in production: the web app wires it only
 * behind an explicit env flag.
 */
export function createHeaderTestIdentity(): IdentityResolver {
  return (headers) => {
    const userId = headers.get(testIdentityHeaders.userId)
    if (!userId || !uuid.test(userId)) return Promise.resolve(null)
    const locale = headers.get(testIdentityHeaders.locale)
    const secondFactorAge = headers.get(testIdentityHeaders.secondFactorAge)
    const identity: Identity = {
      userId: userId.toLowerCase(),
      email: headers.get(testIdentityHeaders.email) ?? `${userId}@test.invalid`,
      name: headers.get(testIdentityHeaders.name) ?? 'Test user',
      locale: locale === 'fr' || locale === 'en' ? locale : null,
      platformRole: headers.get(testIdentityHeaders.operator) === '1' ? 'operator' : null,
      secondFactorAgeMinutes: secondFactorAge && minutes.test(secondFactorAge) ? Number(secondFactorAge) : null,
      emailVerified: headers.get(testIdentityHeaders.emailUnverified) !== '1',
    }
    return Promise.resolve(identity)
  }
}

/** Headers that make `createHeaderTestIdentity` sign a request in as `userId`. */
export function testIdentityHeadersFor(user: {
  userId: string
  email?: string
  operator?: boolean
  secondFactorAgeMinutes?: number
  emailUnverified?: boolean
}): Record<string, string> {
  const headers: Record<string, string> = { [testIdentityHeaders.userId]: user.userId }
  if (user.email) headers[testIdentityHeaders.email] = user.email
  if (user.operator) headers[testIdentityHeaders.operator] = '1'
  if (user.emailUnverified) headers[testIdentityHeaders.emailUnverified] = '1'
  if (user.secondFactorAgeMinutes !== undefined)
    headers[testIdentityHeaders.secondFactorAge] = String(user.secondFactorAgeMinutes)
  return headers
}
