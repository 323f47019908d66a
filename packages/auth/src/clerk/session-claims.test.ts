import { __experimental_JWTPayloadToAuthObjectProperties as clerkParse } from '@clerk/shared/jwtPayloadParser'
import type { JwtPayload } from '@clerk/shared/types'
import { describe, expect, it } from 'vitest'
import { readSessionClaims } from './session-claims'

const base = {
  __raw: 'header.payload.signature',
  iss: 'https://clerk.portail.test',
  sub: 'user_2abc',
  sid: 'sess_2abc',
  iat: 1_764_000_000,
  exp: 1_764_000_060,
  nbf: 1_764_000_000,
}

// Payloads Clerk issues, in both claim versions; Portail must read each one as Clerk's own parser
// (the one behind auth() and has()) does, or a permission check would differ between the two.
const payloads: Record<string, JwtPayload> = {
  'v2 with features of every scope': {
    ...base,
    v: 2,
    fva: [3, 2],
    fea: 'o:bookings,u:newsletter,ou:documents,o:billing',
    o: { id: 'org_2acme', slg: 'acme', rol: 'admin', per: 'read,manage,delete', fpm: '7,2,1' },
  },
  'v2 with a large mask': {
    ...base,
    v: 2,
    fva: [0, -1],
    fea: 'o:clients',
    o: { id: 'org_2big', rol: 'member', per: 'a,b,c,d,e,f,g,h,i,j', fpm: '1023' },
  },
  'v2 without an organization': { ...base, v: 2, fva: [-1, -1], fea: 'u:newsletter' },
  v1: {
    ...base,
    fva: [5, 1],
    org_id: 'org_1old',
    org_slug: 'old',
    org_role: 'org:member',
    org_permissions: ['org:bookings:read'],
  },
}

describe('readSessionClaims agrees with Clerk', () => {
  for (const [name, payload] of Object.entries(payloads)) {
    it(`reads ${name} like @clerk/shared's parser`, () => {
      const ours = readSessionClaims(payload)
      const clerk = clerkParse(payload)
      expect(ours).not.toBeNull()
      expect({
        userId: ours?.clerkUserId,
        sessionId: ours?.sessionId,
        orgId: ours?.orgId ?? undefined,
        orgSlug: ours?.orgSlug ?? undefined,
        orgRole: ours?.clerkOrgRole ?? undefined,
        orgPermissions: ours?.orgPermissions,
        factorVerificationAge: [ours?.firstFactorAgeMinutes ?? -1, ours?.secondFactorAgeMinutes ?? -1],
      }).toEqual({
        userId: clerk.userId,
        sessionId: clerk.sessionId,
        orgId: clerk.orgId,
        orgSlug: clerk.orgSlug,
        orgRole: clerk.orgRole,
        orgPermissions: clerk.orgPermissions ?? [],
        factorVerificationAge: clerk.factorVerificationAge,
      })
    })
  }
})
