/** The business roles a Clerk organization membership can carry into Portail. */
export type OrgRole = 'owner' | 'admin' | 'staff'

// Clerk's built-in roles are org:admin and org:member; Portail also defines a custom org:owner
// role (set it as the organization creator's role in the Clerk dashboard) because refunds and
// team management belong to the owner alone. v2 tokens drop the "org:" prefix, v1 keep it.
const byClerkRole: Readonly<Record<string, OrgRole>> = {
  owner: 'owner',
  admin: 'admin',
  member: 'staff',
  staff: 'staff',
}

/**
 * Maps a Clerk organization role (`org:admin`, `admin`, `org:member`…) to a Portail role. An
 * unknown custom role maps to null, so it grants nothing until someone decides what it means.
 */
export function mapClerkOrgRole(clerkRole: string | null | undefined): OrgRole | null {
  if (!clerkRole) return null
  const name = clerkRole.startsWith('org:') ? clerkRole.slice('org:'.length) : clerkRole
  return Object.hasOwn(byClerkRole, name) ? (byClerkRole[name] ?? null) : null
}
