import { type SQL, sql } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { z } from 'zod'
import type { AdminConnection } from '../src/admin/admin-connection'
import { dbRoleNames } from '../src/schema/actor-roles'
import { platformTenantId } from '../src/schema/platform-tenant'
import type { ActorContext } from '../src/with-tenant'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from './harness'
import { columnGrants, grantsOf, policiesOf, schemasOf } from './support/privileges'
import { attempt, describeOutcome, isRefused, queryRows, readCatalog } from './support/query'

/*
 * The actors that reach the payment settings of every business (0054-0056): Stripe webhooks
 * (paymentWebhook) resolving a connected account to its business, the daily reconciliation
 * (paymentReconcile) listing the accounts, and operators setting the platform fee. Each holds
 * exactly the grants its work needs; the statements below are the ones their code runs.
 */

async function fixture(admin: AdminConnection): Promise<TwoTenantFixture> {
  const base = await twoTenantFixture(admin)
  await admin.db
    .execute(sql`insert into tenant_payment_settings (tenant_id, stripe_account_id, charges_enabled, gst_hst_number)
    values (${base.a.id}, 'acct_alpha', true, '123456789 RT0001'), (${base.b.id}, 'acct_bravo', false, null)`)
  await admin.db.execute(sql`insert into stripe_events (tenant_id, event_id, type, account, outcome)
    values (${base.a.id}, 'evt_alpha_1', 'account.updated', 'acct_alpha', 'applied')`)
  return base
}

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(fixture)
})
afterAll(async () => db.close())

const anyRow = z.object({}).loose()
const as = (ctx: ActorContext) => (statement: SQL) =>
  attempt(() => db.app.withTenant(ctx, (tx) => queryRows(tx, anyRow, statement)))
const webhook = as({ actor: 'paymentWebhook', tenantId: null })
const reconcile = as({ actor: 'paymentReconcile', tenantId: null })

describe('the payment roles in the catalog', () => {
  const expected: Record<string, string[]> = {
    [dbRoleNames.paymentWebhook]: [
      ...columnGrants('tenant_payment_settings', 'SELECT', ['tenant_id', 'stripe_account_id']),
      'stripe_events INSERT',
      'stripe_events SELECT',
    ],
    [dbRoleNames.paymentReconcile]: columnGrants('tenant_payment_settings', 'SELECT', [
      'tenant_id',
      'stripe_account_id',
      'charges_enabled',
    ]),
  }
  const policies: Record<string, string[]> = {
    [dbRoleNames.paymentWebhook]: [
      'stripe_events.stripe_events_payment_webhook',
      'tenant_payment_settings.tenant_payment_settings_payment_webhook',
    ],
    [dbRoleNames.paymentReconcile]: ['tenant_payment_settings.tenant_payment_settings_payment_reconcile'],
  }

  it.each(Object.keys(expected))('%s holds exactly the grants of its work', async (role) => {
    expect(await grantsOf(db.app, role)).toEqual([...(expected[role] ?? [])].sort())
  })

  it.each(Object.keys(policies))('%s is a NOLOGIN role without BYPASSRLS, with its policies only', async (role) => {
    const [attributes] = await readCatalog(
      db.app,
      z.object({ rolcanlogin: z.boolean(), rolbypassrls: z.boolean(), rolsuper: z.boolean() }),
      sql`select rolcanlogin, rolbypassrls, rolsuper from pg_roles where rolname = ${role}`,
    )
    expect(attributes).toEqual({ rolcanlogin: false, rolbypassrls: false, rolsuper: false })
    expect(await policiesOf(db.app, role)).toEqual(policies[role])
    expect(await schemasOf(db.app, role)).toEqual(['public'])
  })

  it('gives operators the settings to read and the two fee columns to write (0057: a row of its own for a business with none), nothing else of billing', async () => {
    const billing = (await grantsOf(db.app, dbRoleNames.operator)).filter((grant) =>
      /^(tenant_payment_settings|billing_customers|saved_cards|invoices|invoice_lines|payments|refunds|checkout_sessions|client_credits|payment_plans|plan_subscriptions|stripe_events)[. ]/.test(
        grant,
      ),
    )
    expect(billing).toEqual(
      [
        'tenant_payment_settings SELECT',
        'tenant_payment_settings.tenant_id INSERT',
        'tenant_payment_settings.platform_fee_bps INSERT',
        'tenant_payment_settings.platform_fee_bps UPDATE',
        'tenant_payment_settings.platform_fee_fixed_cents INSERT',
        'tenant_payment_settings.platform_fee_fixed_cents UPDATE',
      ].sort(),
    )
  })
})

describe.each(['paymentWebhook', 'paymentReconcile'] as const)('the %s actor', (actor) => {
  it('cannot be given a tenant', async () => {
    const given = await attempt(() => db.app.withTenant({ actor, tenantId: db.data.a.id }, () => Promise.resolve(1)))
    expect(!given.ok && given.message).toMatch(`the ${actor} actor has no tenant`)
  })

  it.each(['tenants', 'clients', 'invoices', 'payments', 'billing_customers', 'saved_cards', 'message_deliveries'])(
    'reads nothing of %s',
    async (table) => {
      const read = await as({ actor, tenantId: null })(sql`select count(*) as n from ${sql.identifier(table)}`)
      expect(isRefused(read), describeOutcome(read)).toBe(true)
    },
  )

  it('reads no registration number, fee or requirement of a business, and changes no setting', async () => {
    for (const statement of [
      sql`select * from tenant_payment_settings`,
      sql`select gst_hst_number from tenant_payment_settings`,
      sql`select platform_fee_bps from tenant_payment_settings`,
      sql`select requirements_due from tenant_payment_settings`,
      sql`update tenant_payment_settings set charges_enabled = true returning tenant_id`,
      sql`insert into tenant_payment_settings (tenant_id) values (${db.data.a.id})`,
      sql`delete from tenant_payment_settings returning tenant_id`,
    ]) {
      const refused = await as({ actor, tenantId: null })(statement)
      expect(isRefused(refused), describeOutcome(refused)).toBe(true)
    }
  })
})

describe('Stripe webhooks (the paymentWebhook actor)', () => {
  it('resolve a connected account to its business, whichever business it is', async () => {
    const { a, b } = db.data
    const resolved =
      await webhook(sql`select tenant_id::text as tenant_id, stripe_account_id from tenant_payment_settings
      where stripe_account_id in ('acct_alpha', 'acct_bravo', 'acct_unknown') order by stripe_account_id`)
    expect(resolved.ok && resolved.value).toEqual([
      { tenant_id: a.id, stripe_account_id: 'acct_alpha' },
      { tenant_id: b.id, stripe_account_id: 'acct_bravo' },
    ])
  })

  it("record an unknown account's event under the platform tenant once, and read only those", async () => {
    const record = sql`insert into stripe_events (tenant_id, event_id, type, account, outcome)
      values (${platformTenantId}, 'evt_unknown_1', 'payment_intent.succeeded', 'acct_unknown', 'unknown_account')
      on conflict do nothing returning event_id`
    expect(await webhook(record)).toEqual({ ok: true, value: [{ event_id: 'evt_unknown_1' }] })
    expect(await webhook(record)).toEqual({ ok: true, value: [] })
    const seen = await webhook(sql`select tenant_id::text as tenant_id, event_id from stripe_events`)
    expect(seen.ok && seen.value).toEqual([{ tenant_id: platformTenantId, event_id: 'evt_unknown_1' }])
  })

  it("never records, rewrites or erases an event of a business: that is the business's system actor", async () => {
    const { a } = db.data
    for (const statement of [
      sql`insert into stripe_events (tenant_id, event_id, type, account, outcome)
        values (${a.id}, 'evt_forged', 'account.updated', 'acct_alpha', 'applied') returning event_id`,
      sql`update stripe_events set outcome = 'ignored' returning event_id`,
      sql`delete from stripe_events returning event_id`,
    ]) {
      const refused = await webhook(statement)
      expect(isRefused(refused), describeOutcome(refused)).toBe(true)
    }
    const recorded = await as({ actor: 'system', tenantId: a.id })(
      sql`insert into stripe_events (tenant_id, event_id, type, account, outcome)
        values (${a.id}, 'evt_alpha_2', 'checkout.session.completed', 'acct_alpha', 'applied')
        on conflict do nothing returning event_id`,
    )
    expect(recorded).toEqual({ ok: true, value: [{ event_id: 'evt_alpha_2' }] })
  })
})

describe('the daily reconciliation (the paymentReconcile actor)', () => {
  it('lists the connected accounts of every business that can take payments', async () => {
    const { a } = db.data
    const listed =
      await reconcile(sql`select tenant_id::text as tenant_id, stripe_account_id from tenant_payment_settings
      where stripe_account_id is not null and charges_enabled`)
    expect(listed.ok && listed.value).toEqual([{ tenant_id: a.id, stripe_account_id: 'acct_alpha' }])
  })

  it('reads no Stripe event', async () => {
    const read = await reconcile(sql`select event_id from stripe_events`)
    expect(isRefused(read), describeOutcome(read)).toBe(true)
  })
})

describe('operators', () => {
  const operator = () => as({ actor: 'operator', tenantId: null, userId: db.data.operatorUserId })

  it('set the platform fee of any business, and nothing else of its settings', async () => {
    const { b } = db.data
    const set =
      await operator()(sql`update tenant_payment_settings set platform_fee_bps = 150, platform_fee_fixed_cents = 30
      where tenant_id = ${b.id} returning tenant_id::text as tenant_id`)
    expect(set).toEqual({ ok: true, value: [{ tenant_id: b.id }] })
    for (const statement of [
      sql`update tenant_payment_settings set gst_hst_number = '000000000 RT0001' where tenant_id = ${b.id} returning 1`,
      sql`update tenant_payment_settings set charges_enabled = true where tenant_id = ${b.id} returning 1`,
      sql`update tenant_payment_settings set stripe_account_id = 'acct_forged' where tenant_id = ${b.id} returning 1`,
      sql`insert into tenant_payment_settings (tenant_id, gst_hst_number) values (${db.data.suspended.id}, '000000000 RT0001')`,
      sql`insert into tenant_payment_settings (tenant_id, stripe_account_id) values (${db.data.suspended.id}, 'acct_forged')`,
      sql`delete from tenant_payment_settings returning 1`,
      sql`select 1 from invoices`,
    ]) {
      const refused = await operator()(statement)
      expect(isRefused(refused), describeOutcome(refused)).toBe(true)
    }
  })

  it('give a business with no settings its row with the fee and every other default', async () => {
    const { suspended } = db.data
    const created = await operator()(sql`insert into tenant_payment_settings (tenant_id, platform_fee_bps,
      platform_fee_fixed_cents) values (${suspended.id}, 200, 25)
      returning tax_province, gst_hst_number, stripe_account_id, charges_enabled`)
    expect(created).toEqual({
      ok: true,
      value: [{ tax_province: 'QC', gst_hst_number: null, stripe_account_id: null, charges_enabled: false }],
    })
  })

  it('are held to the fee bounds', async () => {
    const tooHigh = await operator()(sql`update tenant_payment_settings set platform_fee_bps = 10001 returning 1`)
    expect(!tooHigh.ok && tooHigh.code, describeOutcome(tooHigh)).toBe('23514')
  })
})
