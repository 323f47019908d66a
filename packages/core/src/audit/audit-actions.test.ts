import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { auditActions, isAuditAction } from './audit-actions'

// appendAudit's type holds core to the list; the database's own functions write entries too, so
// their actions are read from the migrations here.
const migrations = join(import.meta.dirname, '../../../../drizzle')

function actionsWrittenByTheDatabase(): Set<string> {
  const found = new Set<string>()
  for (const file of readdirSync(migrations).filter((name) => name.endsWith('.sql'))) {
    const sql = readFileSync(join(migrations, file), 'utf8')
    // portail_private.clerk_audit(tenant, actor, 'action', …): a tenant's log only when a tenant is given.
    for (const match of sql.matchAll(/clerk_audit\(\s*([^,]+),[^';]*?'([\w.]+)'/g)) {
      if (match[1]?.trim().toUpperCase() !== 'NULL' && match[2]) found.add(match[2])
    }
    // INSERT INTO public.audit_log (tenant_id, actor_user_id, actor_role, action, …) VALUES (…, 'role', 'action', …)
    for (const match of sql.matchAll(
      /INSERT INTO public\.audit_log \([^)]*\)\s*VALUES\s*\([^,]+,[^,]+,\s*'\w+',\s*'([\w.]+)'/gi,
    )) {
      if (match[1]) found.add(match[1])
    }
  }
  return found
}

describe('the audit actions', () => {
  it('list every action the database’s own functions write to a tenant’s log', () => {
    const written = actionsWrittenByTheDatabase()
    expect([...written].sort()).toEqual(
      expect.arrayContaining(['client.unlinked', 'membership.created', 'membership.removed', 'tenant.created']),
    )
    expect([...written].filter((action) => !isAuditAction(action))).toEqual([])
  })

  it('are listed once each, as <entity>.<past-tense verb>', () => {
    expect(new Set(auditActions).size).toBe(auditActions.length)
    for (const action of auditActions) expect(action).toMatch(/^[a-zA-Z_]+\.[a-z_]+$/)
  })
})
