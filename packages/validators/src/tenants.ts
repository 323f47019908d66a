import { z } from 'zod'
import { ZId, paginationShape } from './common'
import { ZMultilineText, ZText } from './text'

export const tenantStatuses = ['active', 'suspended'] as const
export const ZTenantStatus = z.enum(tenantStatuses)

/** The operator console's list: a page, optionally narrowed by name or slug and by status. */
export const ZListTenantsInput = z.strictObject({
  ...paginationShape,
  search: ZText.trim().max(100).optional(),
  status: ZTenantStatus.optional(),
})
export type TListTenantsInput = z.input<typeof ZListTenantsInput>

/** One business, named by id: the operator console is the one place a tenant id comes from input. */
export const ZGetTenantInput = z.strictObject({ tenantId: ZId })
export type TGetTenantInput = z.input<typeof ZGetTenantInput>

/**
 * Suspending or reactivating a business. The reason is mandatory: it is what the audit trail, and
 * later the business itself, will read about why its portal went dark or came back.
 */
export const ZTenantStatusChangeInput = z.strictObject({
  tenantId: ZId,
  reason: ZMultilineText.trim().min(3).max(500),
})
export type TTenantStatusChangeInput = z.input<typeof ZTenantStatusChangeInput>
