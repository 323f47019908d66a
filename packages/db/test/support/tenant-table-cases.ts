import { type SQL, sql } from 'drizzle-orm'
import type { TenantFixture } from '../harness'

/** A value, or an SQL expression (a subquery finding the row a foreign key must name). */
export type SqlValue = string | number | null | SQL

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
  /**
   * The actor that writes such rows in its own tenant, when staff may not (consent comes from the
   * join step, the delivery log and notifications from workflows, runs from the workflow engine).
   */
  writer?: 'system' | 'workflowEngine'
  /**
   * One row per tenant (the primary key is tenant_id): the fixture adds one to tenant B only, so
   * tenant A has room for the own-tenant probe.
   */
  onePerTenant?: true
}

/** The oldest row of `table` in the tenant: what a child row's foreign key names. */
const firstOf = (table: string, tenantId: string, where: SQL = sql`true`): SQL =>
  sql`(select id from ${sql.identifier(table)} where tenant_id = ${tenantId} and ${where} order by id limit 1)`

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
    row: (t) => ({
      tenant_id: t.id,
      actor_role: 'staff',
      action: 'probe.created',
      entity_type: 'probe',
      client_id: t.clientId,
    }),
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
  services: {
    row: (t, seq) => ({ tenant_id: t.id, name_fr: `Sonde ${seq}`, name_en: `Probe ${seq}`, duration_minutes: 30 }),
    change: { column: 'name_en', value: 'Changed across tenants' },
    fixtureHasRows: true,
  },
  service_options: {
    row: (t, seq) => ({
      tenant_id: t.id,
      service_id: t.serviceId,
      name_fr: `Option ${seq}`,
      name_en: `Option ${seq}`,
      extra_minutes: 15,
    }),
    change: { column: 'name_en', value: 'Changed across tenants' },
    fixtureHasRows: false,
  },
  staff_services: {
    // The fixture links the staff member; the owner is free to link (one pair per tenant).
    row: (t) => ({ tenant_id: t.id, membership_id: t.ownerMembershipId, service_id: t.serviceId }),
    change: { column: 'service_id', value: '00000000-0000-7000-8000-000000000000' },
    fixtureHasRows: true,
  },
  working_hours: {
    row: (t, seq) => ({
      tenant_id: t.id,
      membership_id: t.staffMembershipId,
      weekday: (seq % 7) + 1,
      start_time: '09:00',
      end_time: '17:00',
    }),
    change: { column: 'end_time', value: '18:00' },
    fixtureHasRows: false,
  },
  schedule_overrides: {
    row: (t, seq) => ({
      tenant_id: t.id,
      membership_id: t.staffMembershipId,
      on_date: `2030-01-${String((seq % 28) + 1).padStart(2, '0')}`,
      kind: 'closed',
      reason: `probe ${seq}`,
    }),
    change: { column: 'reason', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  bookings: {
    // One hour per probe, far apart so no two rows ever meet in the exclusion constraint.
    row: (t, seq) => {
      const start = Date.UTC(2030, 0, 1) + seq * 4 * 3_600_000
      const iso = (ms: number) => new Date(ms).toISOString()
      return {
        tenant_id: t.id,
        client_id: t.clientId,
        membership_id: t.staffMembershipId,
        service_id: t.serviceId,
        starts_at: iso(start),
        ends_at: iso(start + 3_600_000),
        blocked_from: iso(start),
        blocked_until: iso(start + 3_600_000),
        status: 'confirmed',
        price_cents: 12000,
        snapshot: JSON.stringify({ probe: seq }),
        locale: 'fr',
        idempotency_key: `probe-key-${seq}`,
      }
    },
    change: { column: 'notes', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  booking_series: {
    row: (t, seq) => ({
      tenant_id: t.id,
      client_id: t.clientId,
      membership_id: t.staffMembershipId,
      service_id: t.serviceId,
      frequency: 'weekly',
      first_starts_at: '2030-05-06T13:00:00Z',
      until_date: '2030-09-30',
      time_zone: 'America/Toronto',
      idempotency_key: `probe-series-${seq}`,
    }),
    change: { column: 'until_date', value: '2031-01-01' },
    fixtureHasRows: false,
  },
  staff_calendar_feeds: {
    // The fixture's staff writer may only make feeds of its own membership.
    row: (t, seq) => ({
      tenant_id: t.id,
      membership_id: t.staffMembershipId,
      token_hash: `probe-hash-${seq}`,
      revoked_at: '2030-01-01T00:00:00Z',
    }),
    change: { column: 'revoked_at', value: '2031-01-01T00:00:00Z' },
    fixtureHasRows: false,
  },
  workflow_events: {
    row: (t, seq) => ({
      tenant_id: t.id,
      id: `probe-${seq}`,
      name: 'probe/created',
      data: JSON.stringify({ seq }),
      ts: '2030-01-01T00:00:00Z',
    }),
    change: { column: 'name', value: 'changed/across-tenants' },
    fixtureHasRows: false,
    writer: 'workflowEngine',
  },
  workflow_runs: {
    row: (t, seq) => ({
      tenant_id: t.id,
      function_id: 'probe',
      event_id: `probe-${seq}`,
      event: JSON.stringify({ seq }),
    }),
    change: { column: 'error', value: 'changed across tenants' },
    fixtureHasRows: false,
    writer: 'workflowEngine',
  },
  message_deliveries: {
    row: (t, seq) => ({
      tenant_id: t.id,
      channel: 'email',
      template: 'booking-confirmed',
      topic: 'bookingChanges',
      recipient_kind: 'client',
      client_id: t.clientId,
      locale: 'fr',
      dedupe_key: `probe-${seq}`,
    }),
    change: { column: 'last_error', value: 'changed across tenants' },
    fixtureHasRows: false,
    writer: 'system',
  },
  notifications: {
    row: (t) => ({ tenant_id: t.id, recipient_kind: 'staff', user_id: t.staffUserId, kind: 'booking-staff-notice' }),
    change: { column: 'read_at', value: '2030-01-01T00:00:00Z' },
    fixtureHasRows: false,
    writer: 'system',
  },
  push_subscriptions: {
    // The fixture's staff writer may only subscribe its own devices.
    row: (t, seq) => ({
      tenant_id: t.id,
      recipient_kind: 'staff',
      user_id: t.staffUserId,
      endpoint: `https://push.example.test/${t.slug}/${seq}`,
      p256dh: 'probe-key',
      auth: 'probe-auth',
      locale: 'fr',
    }),
    change: { column: 'failures', value: 99 },
    fixtureHasRows: false,
  },
  // Issue 14 (billing). Rows that name a parent find it by subquery: the fixture adds the parent
  // first (this order), and the probes of another tenant's actor never see it (its own policy).
  tenant_payment_settings: {
    row: (t) => ({ tenant_id: t.id, gst_hst_number: '123456789 RT0001', qst_number: '1234567890 TQ0001' }),
    change: { column: 'invoice_notes_en', value: 'changed across tenants' },
    fixtureHasRows: false,
    writer: 'system',
    onePerTenant: true,
  },
  billing_customers: {
    // One customer per client: each row names a client of the tenant that has none yet.
    row: (t, seq) => ({
      tenant_id: t.id,
      client_id: sql`(select c.id from clients c where c.tenant_id = ${t.id} and not exists
        (select from billing_customers bc where bc.tenant_id = c.tenant_id and bc.client_id = c.id) order by c.id limit 1)`,
      stripe_customer_id: `cus_probe${seq}`,
    }),
    change: { column: 'default_payment_method_id', value: 'pm_changed' },
    fixtureHasRows: false,
    writer: 'system',
  },
  saved_cards: {
    row: (t, seq) => ({
      tenant_id: t.id,
      client_id: t.clientId,
      stripe_payment_method_id: `pm_probe${seq}`,
      brand: 'visa',
      last4: '4242',
      exp_month: 12,
      exp_year: 2030,
    }),
    change: { column: 'removed_at', value: '2030-01-01T00:00:00Z' },
    fixtureHasRows: false,
    writer: 'system',
  },
  invoices: {
    // The tenant's first invoice, then credit notes of it: a credit note must name the invoice it
    // credits (invoices_credits), so the foreign-key probe can aim credits_invoice_id at tenant B.
    row: (t) => ({
      tenant_id: t.id,
      kind: sql`(case when exists (select from invoices where tenant_id = ${t.id}) then 'credit_note' else 'invoice' end)::invoice_kind`,
      credits_invoice_id: firstOf('invoices', t.id),
      client_id: t.clientId,
      source: 'staff',
      language: 'fr',
      place_of_supply: 'QC',
      subtotal_cents: 10000,
      tax_cents: 1498,
      total_cents: 11498,
    }),
    change: { column: 'notes', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  invoice_lines: {
    row: (t, seq) => ({
      tenant_id: t.id,
      invoice_id: firstOf('invoices', t.id, sql`client_id = ${t.clientId}`),
      position: (seq % 500) + 1,
      client_id: t.clientId,
      description_fr: 'Ouverture de piscine',
      description_en: 'Pool opening',
      quantity: 1,
      unit_cents: 10000,
      amount_cents: 10000,
      kind: 'service',
    }),
    change: { column: 'description_en', value: 'Changed across tenants' },
    fixtureHasRows: false,
  },
  payments: {
    row: (t) => ({
      tenant_id: t.id,
      client_id: t.clientId,
      purpose: 'invoice',
      method: 'cash',
      amount_cents: 5000,
    }),
    change: { column: 'note', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  refunds: {
    row: (t) => ({
      tenant_id: t.id,
      payment_id: firstOf('payments', t.id),
      client_id: t.clientId,
      amount_cents: 1000,
      reason: 'probe',
    }),
    change: { column: 'reason', value: 'changed across tenants' },
    fixtureHasRows: false,
  },
  checkout_sessions: {
    row: (t) => ({
      tenant_id: t.id,
      client_id: t.clientId,
      mode: 'payment',
      purpose: 'deposit',
      amount_cents: 5000,
      expires_at: '2030-01-01T00:30:00Z',
    }),
    change: { column: 'url', value: 'https://checkout.example.test/changed' },
    fixtureHasRows: false,
    writer: 'system',
  },
  client_credits: {
    row: (t) => ({
      tenant_id: t.id,
      client_id: t.clientId,
      source_payment_id: firstOf('payments', t.id),
      amount_cents: 2000,
      remaining_cents: 2000,
    }),
    change: { column: 'remaining_cents', value: 0 },
    fixtureHasRows: false,
  },
  payment_plans: {
    row: (t, seq) => ({
      tenant_id: t.id,
      name_fr: `Forfait ${seq}`,
      name_en: `Plan ${seq}`,
      amount_cents: 25000,
      interval: 'month',
    }),
    change: { column: 'name_en', value: 'Changed across tenants' },
    fixtureHasRows: false,
  },
  plan_subscriptions: {
    row: (t) => ({
      tenant_id: t.id,
      plan_id: firstOf('payment_plans', t.id),
      client_id: t.clientId,
      amount_cents: 28744,
    }),
    change: { column: 'status', value: 'canceled' },
    fixtureHasRows: false,
  },
  stripe_events: {
    row: (t, seq) => ({ tenant_id: t.id, event_id: `evt_probe${seq}`, type: 'account.updated', outcome: 'applied' }),
    change: { column: 'outcome', value: 'ignored' },
    fixtureHasRows: false,
    writer: 'system',
  },
}

export const tenantTableNames = Object.keys(tenantTableCases).sort()

/**
 * The tenant tables a tenant-less actor reaches in every tenant on purpose: it works for every
 * business at once from outside any tenant (the engine's runs, the outbox relay's events, provider
 * webhooks finding a delivery or a client by provider id, address or number, the unpaid-hold sweep
 * cancelling, auditing and announcing expired holds). The cross-tenant
 * matrix leaves these pairs out; each actor's own test pins its column grants there instead
 * (test/tenantless-actors.test.ts).
 */
export const crossTenantByDesign: Readonly<Partial<Record<string, readonly string[]>>> = {
  workflowEngine: ['workflow_events', 'workflow_runs'],
  outboxRelay: ['event_outbox'],
  deliveryStatus: ['message_deliveries', 'clients'],
  holdRelease: ['bookings', 'audit_log', 'event_outbox'],
  // Operators set the platform fee of any business; Stripe webhooks resolve an account to its
  // business and the reconciliation lists the accounts (test/billing-actors.test.ts pins the columns).
  operator: ['tenant_payment_settings'],
  paymentWebhook: ['tenant_payment_settings'],
  paymentReconcile: ['tenant_payment_settings'],
}

export const isCrossTenantByDesign = (actor: string, table: string) =>
  crossTenantByDesign[actor]?.includes(table) ?? false

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
