import { openAdminConnection } from '../admin/open-admin-connection'
import type { AdminConnection } from '../admin/admin-connection'
import { DataDirLockedError } from '../connection/data-dir-lock'
import { isDbError, pgErrorCodes } from '../db-errors'

export const describeTarget = (admin: AdminConnection) => {
  if (admin.driver === 'pglite') return `embedded database at ${admin.dataDir}`
  const url = new URL(admin.url)
  if (url.password) url.password = '***'
  return `Postgres ${url.toString()}`
}

function explain(error: unknown): string {
  if (error instanceof DataDirLockedError) return error.message
  const lines: string[] = []
  for (let current: unknown = error; current instanceof Error && lines.length < 4; current = current.cause) {
    lines.push(current.message)
  }
  if (lines.length === 0) lines.push(String(error))
  const message = lines.join('\n  caused by: ')
  if (!isDbError(error, pgErrorCodes.insufficientPrivilege)) return message
  return (
    `${message}\nThis needs an owner or superuser connection: set DATABASE_MIGRATION_URL ` +
    '(DATABASE_URL is the app role, which may not write outside a tenant context).'
  )
}

/**
 * Runs one command-line task on the admin connection and always releases it (the embedded
 * folder stays locked while open). Failures print a readable message and set a non-zero exit
 * code instead of a stack trace.
 */
export async function runAdminTask(name: string, task: (admin: AdminConnection) => Promise<void>): Promise<void> {
  let admin: AdminConnection | undefined
  try {
    admin = await openAdminConnection()
    await task(admin)
  } catch (error) {
    console.error(`${name} failed: ${explain(error)}`)
    process.exitCode = 1
  } finally {
    await admin?.close()
  }
}
