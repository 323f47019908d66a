import { type SQL, sql } from 'drizzle-orm'
import type { TenantFixture } from '../harness'

export type SqlValue = string | number | null

/**
 * How the isolation matrix writes to one tenant table. Every table with a `tenant_id` column needs
 * a case here: the matrix reads the table list from the catalog and fails on a table without one,
 * so a new table cannot ship without being probed across tenants.
 */
export interface TenantTableCase {
  /** A valid new row of this table in `tenant`; `seq` keeps unique columns unique. */
  row(tenant: TenantFixture, seq: number): Record<string, SqlValue>
  /** An update any snapshot of the table would show. */
  change: { column: string; value: SqlValue }
  /** Whether the fixture already holds rows of this table in each tenant (else setup adds some). */
  fixtureHasRows: boolean
  /** The actor that writes such rows in its own tenant, when staff may not (consent comes from the join step). */
  writer?: 'system'
}

export const tenantTableCases: Readonly<Record<string, TenantTableCase>> = {
  memberships: {
    // The tenant's client user is not a member yet, so the row breaks no unique key.
    row: (t) => ({ tenant_id: t.id, user_id: t.clientUserId, role: 'staff' }),
    change: { column: 'role', value: 'admin' },
    fixtureHasRows: true,
  },
  clients: {
    row: (t, seq) => ({ tenant_id: t.id, full_name: `Probe ${seq}`, email: `probe-${seq}@${t.slug}.test` }),
    change: { column: 'full_name', value: 'Changed across tenants' },
    fixtureHasRows: true,
  },
  audit_log: {
    row: (t) => ({ tenant_id: t.id, actor_role: 'staff', action: 'probe.created', entity_type: 'probe', client_id: t.clientId }),
    change: { column: 'reason', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  tenant_counters: {
    row: (t, seq) => ({ tenant_id: t.id, name: `probe-${seq}`, value: 1 }),
    change: { column: 'value', value: 999 },
    fixtureHasRows: false,
  },
  event_outbox: {
    row: (t, seq) => ({ tenant_id: t.id, name: 'probe/created', payload: JSON.stringify({ seq }) }),
    change: { column: 'last_error', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  staff_invitations: {
    row: (t, seq) => ({
      tenant_id: t.id,
      email: `probe-${seq}@${t.slug}.test`,
      role: 'staff',
      token_hash: `probe-hash-${seq}`,
      expires_at: '2099-01-01T00:00:00Z',
    }),
    change: { column: 'token_hash', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  consent_records: {
    row: (t, seq) => ({ tenant_id: t.id, client_id: t.clientId, kind: 'privacy_notice', version: `probe-${seq}` }),
    change: { column: 'version', value: 'changed across tenants' },
    fixtureHasRows: false,
    writer: 'system',
  },
}

export const tenantTableNames = Object.keys(tenantTableCases).sort()

export function caseFor(table: string): TenantTableCase {
  const found = tenantTableCases[table]
  if (!found) throw new Error(`no isolation case for tenant table ${table}`)
  return found
}

let lastSeq = 0
/** Unique suffixes for probe rows across one test file. */
export const nextSeq = () => ++lastSeq

export function insertRow(table: string, row: Record<string, SqlValue>): SQL {
  const entries = Object.entries(row)
  const columns = sql.join(
    entries.map(([column]) => sql.identifier(column)),
    sql`, `,
  )
  const values = sql.join(
    entries.map(([, value]) => sql`${value}`),
    sql`, `,
  )
  return sql`insert into ${sql.identifier(table)} (${columns}) values (${values})`
}
