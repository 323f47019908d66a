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
      'two audit entries; the owner is always the signed-in caller (app.user_id), and it reads nothing back.',
    executableBy: [dbRoleNames.identity],
  },
]
