export { createTestDatabase, type TestDatabase, usingPostgres } from './test-database'
export { twoTenantFixture, type TenantFixture, type TwoTenantFixture } from './fixtures'
export { copyMigratedPglite, createMigratedPostgresDatabase } from './migrated-copy'
