import { dbRoleNames } from './schema/actor-roles'

/**
 * The complete list of database functions that may cross tenants: every SECURITY DEFINER
 * function in the database must appear here, and nothing else may bypass a policy. The catalog
 * test (test/catalog-invariants.test.ts) fails when a definer function exists that is not listed,
 * when a listed one is missing, or when its EXECUTE grants differ from `executableBy`.
 */
export interface CrossTenantEntryPoint {
  /** Schema-qualified function name. */
  readonly name: string
  /** Why no tenant context can exist yet when this runs, and what it gives away. */
  readonly why: string
  /** The only roles holding EXECUTE (besides the function's owner). */
  readonly executableBy: readonly string[]
}

export const crossTenantEntryPoints: readonly CrossTenantEntryPoint[] = [
  {
    name: 'portail_private.tenant_by_slug',
    why:
      'A request names its tenant only through its host, before any tenant context exists. Returns the public ' +
      'columns of the one tenant with that slug (never settings or the identity provider id); it cannot list tenants.',
    executableBy: [dbRoleNames.public],
  },
  {
    name: 'portail_private.slug_is_taken',
    why:
      'Someone starting a business picks its slug before any tenant exists. Answers only whether a business ' +
      'already holds that slug, nothing about it; called by the identity actor (signed in, no tenant).',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.create_tenant',
    why:
      'A business is created ("start your business", or an identity-provider organization) before any tenant ' +
      'context exists. Owned by portail_onboarding, which may only insert a tenant, its owner membership and the ' +
      'two audit entries; the owner is always the user in the transaction context (app.user_id): the signed-in ' +
      'caller, or for a Clerk organization its creator as Clerk reports it (signed webhook or Backend API). It ' +
      'reads nothing back.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_identity',
    why:
      'A verified Clerk session names a Clerk user and organization, not a tenant context. Returns the one ' +
      "Clerk-provisioned user with that id, the tenant of that organization and that user's own membership there; " +
      'nothing about anyone else.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_upsert_user',
    why:
      'Provisions (just in time, or from a webhook) or refreshes the user mirroring a Clerk user, before any ' +
      'tenant exists for them. Reaches only clerk: users; older data never overwrites newer; a deleted user stays ' +
      'deleted. Audited in platform_audit_log.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_update_organization',
    why:
      'A Clerk organization event names an organization, not a tenant context. Renames the tenant of that ' +
      'organization from newer data; never its slug, status or anything else.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_upsert_membership',
    why:
      'A Clerk membership (token or webhook) names an organization and a user. Creates or re-roles that one ' +
      "membership in the organization's tenant, older data never overwriting newer. Audited in both logs.",
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_delete_membership',
    why:
      "A membership removed in Clerk (or given a role Portail does not map) is removed from the organization's " +
      'tenant. Audited in both logs.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_delete_user',
    why:
      'A user deleted in Clerk is unlinked everywhere at once: memberships removed and client rows unlinked in ' +
      'every tenant (business records stay), the user row anonymised. Audited in each tenant and the platform log.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_suspend_organization',
    why:
      'An organization deleted in Clerk suspends its tenant (never deletes it: its records outlive the provider). ' +
      'Changes status and reason only. Audited in both logs.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.clerk_user_id',
    why:
      'Creating a Clerk organization for a new business names its creator by Clerk id, while the app knows ' +
      'our users.id only. Answers the Clerk id of one live clerk: user, nothing else.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.tenant_counts',
    why:
      'The operator console shows how many members and clients each business has, while operators hold no grant ' +
      'on memberships or clients. Owned by portail_tenant_stats, which reads tenant_id (and archived_at) only; ' +
      'returns two numbers per tenant asked about. Core records each read in platform_audit_log.',
    executableBy: [dbRoleNames.operator],
  },
  {
    name: 'portail_private.staff_display_names',
    why:
      'Not cross-tenant: it reads only the tenant in context (app.tenant_id). Visitors and clients pick who ' +
      'performs a service in the booking wizard while holding no grant on the team. Owned by ' +
      "portail_staff_directory, which reads memberships of the current tenant and their users' names only; " +
      'returns each member id with its public name (the chosen one, else a first name; never an email or role).',
    executableBy: [dbRoleNames.public, dbRoleNames.client, dbRoleNames.staff],
  },
  {
    name: 'portail_private.clerk_organization_removed',
    why:
      'Before a tenant is created for a Clerk organization (webhook or session), whether Clerk deleted that ' +
      'organization already (a late event must not resurrect it). Answers yes or no about one organization id.',
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_private.tenants_with_expired_holds',
    why:
      'The background job that releases unpaid booking holds runs with no tenant, yet must reach every business. ' +
      'Owned by portail_hold_sweeper, which reads tenant_id, status and hold_expires_at of bookings only; returns ' +
      'the ids of the tenants holding an expired hold, nothing else. The job then releases them tenant by tenant ' +
      "as that tenant's system actor.",
    executableBy: [dbRoleNames.identity],
  },
  {
    name: 'portail_context.check_actor_context',
    why:
      "Not cross-tenant: it reads only the context it runs in. The last column of withTenant's context statement " +
      'for staff and client: it fails the transaction unless that user is a member of the tenant (staff) or owns ' +
      'the client row (client): the policies trust the context for who the caller is, and staff and clients hold ' +
      'no grant that could prove it (a client reads no memberships; a policy reading its own table would recurse). ' +
      'Owned by portail_context_check, which reads tenant_id, user_id (memberships) and tenant_id, id, user_id ' +
      '(clients) of that one row only; returns nothing. The only function the login role calls itself: in one ' +
      'statement with the role switch, its EXECUTE is checked before the switch. Its schema, portail_context, ' +
      'holds nothing else.',
    executableBy: [dbRoleNames.login],
  },
  {
    name: 'portail_private.sync_delivery_from_outbox',
    why:
      'A trigger, not called by anyone: when the mail or SMS relay (tenant-less actors holding no grant on the ' +
      'delivery log, which is business data) records a message as sent or failed, it copies that outcome, the ' +
      "provider id, attempts and last error into the message's message_deliveries row (tenant_id and delivery_id " +
      'of the outbox row). Owned by portail_delivery_sync, which reads tenant_id, id and status of deliveries and ' +
      'writes the delivery columns only; it never sets back a delivery a provider webhook moved on.',
    executableBy: [],
  },
]
