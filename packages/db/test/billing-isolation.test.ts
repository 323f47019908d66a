import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AdminConnection } from '../src/admin/admin-connection'
import type { ActorContext } from '../src/with-tenant'
import {
  createTestDatabase,
  type TenantFixture,
  type TestDatabase,
  type TwoTenantFixture,
  twoTenantFixture,
} from './harness'
import { actorIn } from './support/actors'
import { attempt, describeOutcome, isRefused, queryRows, rowsOf } from './support/query'

/*
 * Who reads and writes the billing tables of issue 14 inside one business: a client sees its own
 * money records (never another client's, never a draft), staff their business's, and the database
 * refuses what the numbers forbid (a duplicate invoice number, a negative payment, a refund past
 * the payment, a total that is not subtotal + tax). The cross-tenant matrix is isolation.test.ts.
 */

interface Billing {
  issuedInvoiceId: string
  draftInvoiceId: string
}

interface Fixture extends TwoTenantFixture {
  billing: Record<'a' | 'b', Billing>
}

const idRow = z.object({ id: z.string() })

async function insertId(admin: AdminConnection, statement: SQL): Promise<string> {
  const [row] = z.array(idRow).parse(rowsOf(await admin.db.execute(statement)))
  if (!row) throw new Error('fixture row not inserted')
  return row.id
}

/** For each of the tenant's two linked clients: one issued invoice and a draft, with lines, a payment, its refund… */
async function billingOf(admin: AdminConnection, t: TenantFixture): Promise<Billing> {
  await admin.db.execute(sql`insert into tenant_payment_settings (tenant_id) values (${t.id})`)
  const planId = await insertId(
    admin,
    sql`insert into payment_plans (tenant_id, name_fr, name_en, amount_cents, interval) values
      (${t.id}, 'Entretien', 'Maintenance', 25000, 'month') returning id::text`,
  )
  await admin.db.execute(sql`insert into payment_plans (tenant_id, name_fr, name_en, amount_cents, interval, active)
    values (${t.id}, 'Ancien', 'Retired', 9000, 'week', false)`)
  const ids: Billing[] = []
  for (const [index, clientId] of [t.clientId, t.otherClientId].entries()) {
    const number = index + 1
    const issuedInvoiceId = await insertId(
      admin,
      sql`insert into invoices (tenant_id, client_id, status, number, source, language, place_of_supply, issue_date,
          subtotal_cents, tax_cents, total_cents, issued_at)
        values (${t.id}, ${clientId}, 'issued', ${number}, 'staff', 'fr', 'QC', '2030-05-01', 10000, 1498, 11498, now())
        returning id::text`,
    )
    const draftInvoiceId = await insertId(
      admin,
      sql`insert into invoices (tenant_id, client_id, source, language, place_of_supply, subtotal_cents, tax_cents, total_cents)
        values (${t.id}, ${clientId}, 'staff', 'fr', 'QC', 5000, 749, 5749) returning id::text`,
    )
    for (const invoiceId of [issuedInvoiceId, draftInvoiceId]) {
      await admin.db.execute(sql`insert into invoice_lines (tenant_id, invoice_id, position, client_id, description_fr,
          description_en, quantity, unit_cents, amount_cents, kind)
        values (${t.id}, ${invoiceId}, 1, ${clientId}, 'Ouverture', 'Opening', 1, 10000, 10000, 'service')`)
    }
    const paymentId = await insertId(
      admin,
      sql`insert into payments (tenant_id, client_id, invoice_id, purpose, method, status, amount_cents, received_at)
        values (${t.id}, ${clientId}, ${issuedInvoiceId}, 'invoice', 'card', 'succeeded', 11498, now()) returning id::text`,
    )
    await admin.db.execute(sql`insert into refunds (tenant_id, payment_id, client_id, amount_cents, reason)
      values (${t.id}, ${paymentId}, ${clientId}, 1000, 'geste commercial')`)
    await admin.db
      .execute(sql`insert into client_credits (tenant_id, client_id, source_payment_id, amount_cents, remaining_cents)
      values (${t.id}, ${clientId}, ${paymentId}, 2000, 2000)`)
    await admin.db.execute(sql`insert into billing_customers (tenant_id, client_id, stripe_customer_id)
      values (${t.id}, ${clientId}, ${`cus_${t.slug}_${number}`})`)
    await admin.db.execute(sql`insert into saved_cards (tenant_id, client_id, stripe_payment_method_id, brand, last4,
        exp_month, exp_year, is_default)
      values (${t.id}, ${clientId}, ${`pm_${t.slug}_${number}`}, 'visa', '4242', 12, 2031, true)`)
    await admin.db
      .execute(sql`insert into checkout_sessions (tenant_id, client_id, invoice_id, mode, purpose, amount_cents, expires_at)
      values (${t.id}, ${clientId}, ${issuedInvoiceId}, 'payment', 'invoice', 11498, now() + interval '30 minutes')`)
    await admin.db.execute(sql`insert into plan_subscriptions (tenant_id, plan_id, client_id, amount_cents)
      values (${t.id}, ${planId}, ${clientId}, 28744)`)
    ids.push({ issuedInvoiceId, draftInvoiceId })
  }
  const [own] = ids
  if (!own) throw new Error('no billing fixture')
  return own
}

async function fixture(admin: AdminConnection): Promise<Fixture> {
  const base = await twoTenantFixture(admin)
  return { ...base, billing: { a: await billingOf(admin, base.a), b: await billingOf(admin, base.b) } }
}

let db: TestDatabase<Fixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const anyRow = z.object({}).loose()
const run = (ctx: ActorContext, statement: SQL) =>
  attempt(() => db.app.withTenant(ctx, (tx) => queryRows(tx, anyRow, statement)))
const staffOf = (t: TenantFixture): ActorContext => ({ actor: 'staff', tenantId: t.id, userId: t.staffUserId })
const systemOf = (t: TenantFixture): ActorContext => ({ actor: 'system', tenantId: t.id })
const clientX = () => actorIn(db.data.a, 'client', db.data.operatorUserId)
const clientY = (): ActorContext => ({
  actor: 'client',
  tenantId: db.data.a.id,
  userId: db.data.a.otherClientUserId,
  clientId: db.data.a.otherClientId,
})

const clientTables = [
  'invoices',
  'invoice_lines',
  'payments',
  'refunds',
  'saved_cards',
  'client_credits',
  'checkout_sessions',
  'plan_subscriptions',
  'billing_customers',
]

describe('a client of the business', () => {
  it.each(clientTables)('reads its own %s and none of the other client', async (table) => {
    const { a } = db.data
    for (const [ctx, own, other] of [
      [clientX(), a.clientId, a.otherClientId],
      [clientY(), a.otherClientId, a.clientId],
    ] as const) {
      const read = await run(ctx, sql`select client_id::text as client_id from ${sql.identifier(table)}`)
      expect(read.ok, describeOutcome(read)).toBe(true)
      const clientIds = read.ok ? read.value.map((row) => row.client_id) : []
      expect(clientIds.length, `${table} rows of the client`).toBeGreaterThan(0)
      expect(clientIds.filter((id) => id !== own)).toEqual([])
      const aimed = await run(ctx, sql`select 1 from ${sql.identifier(table)} where client_id = ${other}`)
      expect(aimed.ok && aimed.value).toEqual([])
    }
  })

  it('never sees a draft invoice nor its lines, and sees them once issued', async () => {
    const { a, billing } = db.data
    const draft = billing.a.draftInvoiceId
    const invoiceIds = await run(clientX(), sql`select id::text as id from invoices`)
    expect(invoiceIds.ok && invoiceIds.value).toEqual([{ id: billing.a.issuedInvoiceId }])
    const draftLines = await run(clientX(), sql`select 1 from invoice_lines where invoice_id = ${draft}`)
    expect(draftLines.ok && draftLines.value).toEqual([])
    const issuedLines = await run(
      clientX(),
      sql`select 1 from invoice_lines where invoice_id = ${billing.a.issuedInvoiceId}`,
    )
    expect(issuedLines.ok && issuedLines.value.length).toBe(1)

    const seenOnceIssued = await attempt(() =>
      db.app.withTenant(staffOf(a), async (tx) => {
        await tx.execute(sql`update invoices set status = 'issued', number = 99, issue_date = '2030-05-02', issued_at = now()
          where id = ${draft}`)
        return tx.execute(sql`select 1`)
      }),
    )
    expect(seenOnceIssued.ok, describeOutcome(seenOnceIssued)).toBe(true)
    const nowIssued = await run(clientX(), sql`select 1 from invoice_lines where invoice_id = ${draft}`)
    expect(nowIssued.ok && nowIssued.value.length).toBe(1)
    const restore = await run(
      systemOf(a),
      sql`update invoices set status = 'draft', number = null, issue_date = null, issued_at = null where id = ${draft} returning 1`,
    )
    expect(restore.ok, describeOutcome(restore)).toBe(true)
  })

  it('writes no money record, not even its own', async () => {
    const { a, billing } = db.data
    for (const statement of [
      sql`insert into payments (tenant_id, client_id, purpose, method, amount_cents)
        values (${a.id}, ${a.clientId}, 'invoice', 'cash', 100) returning 1`,
      sql`update invoices set paid_cents = total_cents, status = 'paid' where id = ${billing.a.issuedInvoiceId} returning 1`,
      sql`update saved_cards set is_default = false returning 1`,
      sql`insert into checkout_sessions (tenant_id, client_id, mode, expires_at)
        values (${a.id}, ${a.clientId}, 'setup', now()) returning 1`,
      sql`delete from plan_subscriptions returning 1`,
      sql`select 1 from tenant_payment_settings`,
      sql`select 1 from stripe_events`,
    ]) {
      const written = await run(clientX(), statement)
      expect(isRefused(written), describeOutcome(written)).toBe(true)
    }
  })
})

describe('staff', () => {
  it("read their business's money records and never another business's", async () => {
    const { a, b } = db.data
    for (const table of [...clientTables, 'tenant_payment_settings', 'payment_plans']) {
      const read = await run(staffOf(a), sql`select tenant_id::text as tenant_id from ${sql.identifier(table)}`)
      expect(read.ok, describeOutcome(read)).toBe(true)
      const tenants = new Set(read.ok ? read.value.map((row) => row.tenant_id) : [])
      expect([...tenants], table).toEqual([a.id])
      const aimed = await run(staffOf(a), sql`select 1 from ${sql.identifier(table)} where tenant_id = ${b.id}`)
      expect(aimed.ok && aimed.value, table).toEqual([])
    }
  })

  it('set their tax registrations and terms, but not the connected account nor the platform fee', async () => {
    const { a } = db.data
    const set = await run(
      staffOf(a),
      sql`update tenant_payment_settings set gst_hst_number = '123456789 RT0001', invoice_terms_days = 15 returning 1`,
    )
    expect(set.ok && set.value.length, describeOutcome(set)).toBe(1)
    for (const statement of [
      sql`update tenant_payment_settings set charges_enabled = true returning 1`,
      sql`update tenant_payment_settings set stripe_account_id = 'acct_forged' returning 1`,
      sql`update tenant_payment_settings set platform_fee_bps = 0 returning 1`,
    ]) {
      const refused = await run(staffOf(a), statement)
      expect(isRefused(refused), describeOutcome(refused)).toBe(true)
    }
  })

  it('discard a draft invoice, but never delete an issued one nor change its lines', async () => {
    const { a, billing } = db.data
    for (const statement of [
      sql`delete from invoices where id = ${billing.a.issuedInvoiceId} returning 1`,
      sql`delete from invoice_lines where invoice_id = ${billing.a.issuedInvoiceId} returning 1`,
      sql`update invoice_lines set unit_cents = 1, amount_cents = 1 where invoice_id = ${billing.a.issuedInvoiceId} returning 1`,
    ]) {
      const refused = await run(staffOf(a), statement)
      expect(isRefused(refused), describeOutcome(refused)).toBe(true)
    }
    const discarded = await attempt(() =>
      db.app.withTenant(staffOf(a), async (tx) => {
        const deleted = await queryRows(
          tx,
          anyRow,
          sql`delete from invoices where id = ${billing.a.draftInvoiceId} returning 1`,
        )
        const lines = await queryRows(
          tx,
          anyRow,
          sql`select 1 from invoice_lines where invoice_id = ${billing.a.draftInvoiceId}`,
        )
        // Keep the fixture for the other tests.
        throw new DiscardProbe(deleted.length, lines.length)
      }),
    )
    expect(!discarded.ok && discarded.message).toBe('discarded 1 invoice, 0 lines left')
  })
})

class DiscardProbe extends Error {
  constructor(invoices: number, lines: number) {
    super(`discarded ${invoices} invoice, ${lines} lines left`)
  }
}

describe('the numbers and amounts the database refuses', () => {
  const insertIssued = (t: TenantFixture, kind: 'invoice' | 'credit_note', number: number, creditsId: string | null) =>
    run(
      systemOf(t),
      sql`insert into invoices (tenant_id, client_id, kind, credits_invoice_id, status, number, source, language,
          place_of_supply, subtotal_cents, tax_cents, total_cents)
        values (${t.id}, ${t.clientId}, ${kind}, ${creditsId}, 'issued', ${number}, 'staff', 'fr', 'QC', -1000, -150, -1150)
        returning 1`,
    )

  it('refuses a second invoice number 1 in a business; another business and the credit notes have their own', async () => {
    const { a, b, billing } = db.data
    const duplicate = await insertIssued(a, 'invoice', 1, null)
    expect(!duplicate.ok && duplicate.code, describeOutcome(duplicate)).toBe('23505')
    // Tenant B's fixture holds its own invoices 1 and 2: the same numbers as A's.
    const numbers = await run(staffOf(b), sql`select number from invoices where kind = 'invoice' and number = 1`)
    expect(numbers.ok && numbers.value).toEqual([{ number: 1 }])
    const creditNote = await insertIssued(a, 'credit_note', 1, billing.a.issuedInvoiceId)
    expect(creditNote.ok, describeOutcome(creditNote)).toBe(true)
  })

  it('refuses a negative or zero payment, a refund past the payment, and a total that is not subtotal + tax', async () => {
    const { a, billing } = db.data
    for (const [label, statement] of [
      [
        'negative payment',
        sql`insert into payments (tenant_id, client_id, purpose, method, amount_cents)
          values (${a.id}, ${a.clientId}, 'invoice', 'cash', -100)`,
      ],
      [
        'zero payment',
        sql`insert into payments (tenant_id, client_id, purpose, method, amount_cents)
          values (${a.id}, ${a.clientId}, 'invoice', 'cash', 0)`,
      ],
      [
        'refunded past the amount',
        sql`update payments set refunded_cents = amount_cents + 1 where client_id = ${a.clientId}`,
      ],
      [
        'total not subtotal + tax',
        sql`update invoices set total_cents = total_cents + 1 where id = ${billing.a.issuedInvoiceId}`,
      ],
      ['a number on a draft', sql`update invoices set number = 500 where id = ${billing.a.draftInvoiceId}`],
      ['a currency code that is not one', sql`update payments set currency = 'cad' where client_id = ${a.clientId}`],
      [
        'a line whose amount is not quantity × unit',
        sql`update invoice_lines set amount_cents = 1 where invoice_id = ${billing.a.draftInvoiceId}`,
      ],
    ] as const) {
      const refused = await attempt(() => db.app.withTenant(systemOf(a), (tx) => tx.execute(statement)))
      expect(!refused.ok && refused.code, `${label}: ${describeOutcome(refused)}`).toBe('23514')
    }
  })

  it('takes invoice numbers gaplessly: a rolled-back issue gives its number back', async () => {
    const { a } = db.data
    const take = sql`insert into tenant_counters (tenant_id, name, value) values (${a.id}, 'invoice', 1)
      on conflict (tenant_id, name) do update set value = tenant_counters.value + 1, updated_at = now() returning value::int as value`
    const first = await run(systemOf(a), take)
    const rolledBack = await attempt(() =>
      db.app.withTenant(systemOf(a), async (tx) => {
        await tx.execute(take)
        throw new Error('issue failed')
      }),
    )
    expect(rolledBack.ok).toBe(false)
    const second = await run(systemOf(a), take)
    expect(first.ok && second.ok && [first.value, second.value]).toEqual([[{ value: 1 }], [{ value: 2 }]])
  })
})

describe('visitors of the portal', () => {
  it('read the active plans of the business only, and no other billing table', async () => {
    const { a } = db.data
    const visitor: ActorContext = { actor: 'public', tenantId: a.id }
    const plans = await run(visitor, sql`select name_en from payment_plans`)
    expect(plans.ok && plans.value).toEqual([{ name_en: 'Maintenance' }])
    for (const table of [...clientTables, 'tenant_payment_settings', 'stripe_events']) {
      const read = await run(visitor, sql`select 1 from ${sql.identifier(table)}`)
      expect(isRefused(read), `${table}: ${describeOutcome(read)}`).toBe(true)
    }
  })
})
