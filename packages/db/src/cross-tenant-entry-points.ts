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
]
