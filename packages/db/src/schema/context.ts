import { type SQL, sql } from 'drizzle-orm'
import type { AnyPgColumn } from 'drizzle-orm/pg-core'

/*
 * The request context, as policies read it. `withTenant` sets these with set_config(..., true),
 * so they vanish at COMMIT/ROLLBACK. After a transaction has used them, current_setting returns ''
 * rather than NULL, hence nullif: a missing context is NULL and matches no row. Each read is
 * wrapped in (select …) so Postgres evaluates it once per statement, not once per row.
 */
export const currentTenantId = sql`(select nullif(current_setting('app.tenant_id', true), '')::uuid)`
export const currentUserId = sql`(select nullif(current_setting('app.user_id', true), '')::uuid)`
export const currentClientId = sql`(select nullif(current_setting('app.client_id', true), '')::uuid)`

export const isCurrentTenant = (tenantColumn: AnyPgColumn): SQL => sql`${tenantColumn} = ${currentTenantId}`
