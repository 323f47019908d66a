export { reactivateTenant, suspendTenant } from './change-tenant-status'
export { checkSlug, type SlugAvailability } from './check-slug'
export { createTenant, type CreateTenantInput } from './create-tenant'
export { getPublicTenant, publicTenantColumns } from './get-public-tenant'
export { getTenantForOperator } from './get-tenant-for-operator'
export { listTenantsForOperator, type OperatorTenantRow } from './list-tenants-for-operator'
export type { OperatorTenantDetail } from './operator-tenant'
export { parseTenantHost, reservedSubdomains, type TenantHost } from './parse-tenant-host'
export type { PublicTenant, PublicTenantProfile } from './public-tenant'
export { resolveTenantBySlug } from './resolve-tenant-by-slug'
export type { TenantCounts } from './tenant-counts'
export {
  type AddOrganizationMemberInput,
  type CreateOrganizationInput,
  embeddedOrganizationDirectory,
  type OrganizationDirectory,
} from './organization-directory'
export { getTenantSettings, type TenantSettings, updateTenantSettings } from './tenant-settings'
export { inspectLogo, type LogoContentType, logoContentTypes, logoMaxBytes } from './logo-image'
export { readTenantLogo, removeTenantLogo, setTenantLogo, type TenantLogo, type TenantLogoDeps } from './tenant-logo'
export {
  mirrorTeamMember,
  organizationCallTimeoutMs,
  type OrganizationSync,
  type TeamChange,
  type TeamMirror,
} from './sync-organization-team'
