/**
 * Where a business's team lives at the identity provider. Under Clerk a business is an
 * organization (tenants.clerk_org_id) and its staff are the organization's members; the embedded
 * default has no provider organizations at all (`embeddedOrganizationDirectory`).
 *
 * Creating a business calls createOrganization BEFORE the database transaction commits and stores
 * the returned id on the tenant; if the commit then fails, deleteOrganization undoes it (a
 * compensation, not a rollback: the provider is another system). A provider failure throws, and
 * the tenant is not created.
 *
 * Team changes on a business with an organization (accepted invitation, role change, removal) call
 * the directory AFTER their database transaction commits, never inside it (no network call under
 * the team lock), each try bounded by a timeout and the tries bounded in number
 * (sync-organization-team.ts). A provider that stays down leaves the change saved here and the
 * organization behind: the caller is told (`organizationSync: 'failed'`) and the ids are logged.
 */
export interface OrganizationDirectory {
  /**
   * Creates the organization with `createdByUserId` (our users.id) as its first admin. Resolves to
   * the provider's organization id, or null when this directory keeps no organizations.
   * Throws when the provider refuses or is unreachable.
   */
  createOrganization(input: CreateOrganizationInput): Promise<{ orgId: string } | null>
  /** Deletes an organization created by createOrganization (compensation); idempotent. */
  deleteOrganization(orgId: string): Promise<void>
  /** Adds a user (our users.id) to the organization with a role (an accepted invitation). */
  addMember(input: AddOrganizationMemberInput): Promise<void>
  /** Gives a member another role (staff.team.changeRole); a member missing there is added. */
  updateMemberRole(input: AddOrganizationMemberInput): Promise<void>
  /** Takes a user off the organization (staff.team.remove); idempotent. */
  removeMember(input: { orgId: string; userId: string }): Promise<void>
}

export interface CreateOrganizationInput {
  name: string
  slug: string
  /** Our users.id of the person creating the business; becomes the organization's admin. */
  createdByUserId: string
}

export interface AddOrganizationMemberInput {
  orgId: string
  /** Our users.id. */
  userId: string
  role: 'owner' | 'admin' | 'staff'
}

/** The embedded default: no identity provider organizations, so nothing to create or undo. */
export const embeddedOrganizationDirectory: OrganizationDirectory = {
  createOrganization: () => Promise.resolve(null),
  deleteOrganization: () => Promise.resolve(),
  addMember: () => Promise.resolve(),
  updateMemberRole: () => Promise.resolve(),
  removeMember: () => Promise.resolve(),
}
