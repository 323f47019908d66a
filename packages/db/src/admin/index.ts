export { type AdminConnection, openAdminPglite, openAdminPostgres } from './admin-connection'
export { openAdminConnection } from './open-admin-connection'
export { runMigrations } from '../migrate'
export { demoteToApp } from '../connection/database'
