/**
 * The tenant id of platform-level work that belongs to no business (cron runs of the workflow
 * engine and their events). No tenant row has it: the workflow tables have no foreign key to
 * tenants for that reason, and no tenant actor can be given it (withTenant checks a tenant's
 * context against its data for staff and clients; system work in it finds no business rows).
 */
export const platformTenantId = '00000000-0000-0000-0000-000000000000'
