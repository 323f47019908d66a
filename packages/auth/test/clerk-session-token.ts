import { exportSPKI, generateKeyPair, SignJWT } from 'jose'

type KeyPair = Awaited<ReturnType<typeof generateKeyPair>>

export interface LocalClerkKey {
  privateKey: KeyPair['privateKey']
  /** SPKI PEM, as the Clerk dashboard shows it: what CLERK_JWT_KEY holds. */
  publicPem: string
}

/** A local stand-in for a Clerk instance's signing key (2048-bit RSA, like Clerk's). */
export async function createLocalClerkKey(): Promise<LocalClerkKey> {
  const { privateKey, publicKey } = await generateKeyPair('RS256', { modulusLength: 2048, extractable: true })
  return { privateKey, publicPem: await exportSPKI(publicKey) }
}

export const appOrigin = 'https://app.portail.test'

/** v2 session claims of a staff member signed in to an organization, `now` in seconds. */
export function v2Claims(now = Math.floor(Date.now() / 1000)): Record<string, unknown> {
  return {
    v: 2,
    sub: 'user_2abc',
    sid: 'sess_2abc',
    azp: appOrigin,
    iss: 'https://clerk.portail.test',
    iat: now - 10,
    nbf: now - 10,
    exp: now + 60,
    sts: 'active',
    fva: [3, 2],
    fea: 'o:bookings,u:newsletter,o:billing',
    o: { id: 'org_2acme', slg: 'acme', rol: 'admin', per: 'read,manage', fpm: '3,1' },
  }
}

/** Signs claims the way Clerk does (RS256, kid header); `claims` are sent verbatim. */
export function signSessionToken(key: LocalClerkKey, claims: Record<string, unknown>): Promise<string> {
  return new SignJWT(claims).setProtectedHeader({ alg: 'RS256', typ: 'JWT', kid: 'ins_local' }).sign(key.privateKey)
}
