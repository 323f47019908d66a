import { z } from 'zod'
import { decodeOrgPermissions } from './org-permissions'
import { mapClerkOrgRole, type OrgRole } from './org-role'

/** What Portail reads from a verified Clerk session token, whichever claims version it used. */
export interface ClerkSessionClaims {
  clerkUserId: string
  sessionId: string
  /** Clerk marks a session 'pending' while the user still owes a task (choose an organization…). */
  sessionStatus: 'active' | 'pending'
  orgId: string | null
  orgSlug: string | null
  orgRole: OrgRole | null
  /** The role as Clerk named it (`org:admin`), for logs and for roles Portail does not map. */
  clerkOrgRole: string | null
  /** Clerk permission strings, `org:<feature>:<permission>`. */
  orgPermissions: string[]
  /** Minutes since the first factor was verified in this session; null when never. */
  firstFactorAgeMinutes: number | null
  /** Minutes since a second factor was verified in this session; null when never (or no MFA). */
  secondFactorAgeMinutes: number | null
  /**
   * `role` of the user's public metadata when the instance's session token template carries it
   * (`{"metadata": "{{user.public_metadata}}"}`): `operator` makes a platform operator without a
   * database read. Only Clerk's Backend API or dashboard can set public metadata.
   */
  publicMetadataRole: string | null
  /** The Clerk user acting on someone else's behalf (impersonation), if any. */
  actorClerkUserId: string | null
  authorizedParty: string | null
  /** Seconds since the epoch, as the token says. */
  issuedAt: number
  claimsVersion: 1 | 2
}

const factorAge = z.number().int().min(-1)

const payloadSchema = z.object({
  sub: z.string().min(1),
  sid: z.string().min(1),
  iat: z.number(),
  v: z.literal(2).optional(),
  azp: z.string().optional(),
  sts: z.enum(['active', 'pending']).optional(),
  fva: z.tuple([factorAge, factorAge]).optional(),
  act: z.looseObject({ sub: z.string() }).optional(),
  metadata: z.looseObject({ role: z.unknown().optional() }).optional().catch(undefined),
  fea: z.string().optional(),
  o: z
    .object({
      id: z.string().min(1),
      slg: z.string().optional(),
      rol: z.string().optional(),
      per: z.string().optional(),
      fpm: z.string().optional(),
    })
    .optional(),
  org_id: z.string().optional(),
  org_slug: z.string().optional(),
  org_role: z.string().optional(),
  org_permissions: z.array(z.string()).optional(),
})

type Payload = z.infer<typeof payloadSchema>

/**
 * Reads the claims of a token whose signature and dates are already verified. Returns null when
 * a claim Portail relies on is missing or has an unexpected shape, including a claims version
 * other than 1 (no `v`) or 2: guessing at an unknown format could grant the wrong organization.
 */
export function readSessionClaims(payload: unknown): ClerkSessionClaims | null {
  const parsed = payloadSchema.safeParse(payload)
  if (!parsed.success) return null
  const claims = parsed.data
  const org = claims.v === 2 ? v2Organization(claims) : v1Organization(claims)
  const [firstFactor, secondFactor] = claims.fva ?? [-1, -1]
  return {
    clerkUserId: claims.sub,
    sessionId: claims.sid,
    sessionStatus: claims.sts ?? 'active',
    ...org,
    orgRole: mapClerkOrgRole(org.clerkOrgRole),
    firstFactorAgeMinutes: firstFactor === -1 ? null : firstFactor,
    secondFactorAgeMinutes: secondFactor === -1 ? null : secondFactor,
    publicMetadataRole: typeof claims.metadata?.role === 'string' ? claims.metadata.role : null,
    actorClerkUserId: claims.act?.sub ?? null,
    authorizedParty: claims.azp ?? null,
    issuedAt: claims.iat,
    claimsVersion: claims.v === 2 ? 2 : 1,
  }
}

interface Organization {
  orgId: string | null
  orgSlug: string | null
  clerkOrgRole: string | null
  orgPermissions: string[]
}

function v2Organization(claims: Payload): Organization {
  if (!claims.o) return { orgId: null, orgSlug: null, clerkOrgRole: null, orgPermissions: [] }
  return {
    orgId: claims.o.id,
    orgSlug: claims.o.slg ?? null,
    clerkOrgRole: claims.o.rol ? `org:${claims.o.rol}` : null,
    orgPermissions: decodeOrgPermissions({ per: claims.o.per, fpm: claims.o.fpm, fea: claims.fea }),
  }
}

function v1Organization(claims: Payload): Organization {
  if (!claims.org_id) return { orgId: null, orgSlug: null, clerkOrgRole: null, orgPermissions: [] }
  return {
    orgId: claims.org_id,
    orgSlug: claims.org_slug ?? null,
    clerkOrgRole: claims.org_role ?? null,
    orgPermissions: claims.org_permissions ?? [],
  }
}
