import { invoiceLines, invoices, memberships, tenantPaymentSettings, tenants, clients, users } from '@portail/db/schema'
import { createTestDatabase } from '@portail/db/testing'
import { issueDraft } from '../src/invoices/issue-draft'

/*
 * Issue 14, benchmark (`pnpm --filter @portail/core bench`): invoice issue (number from the
 * tenant's counter + taxes from the engine + lines + snapshots + audit + outbox: issueDraft in one
 * staff transaction, as issueInvoice runs it) by
 * 16 concurrent callers, each in its own business, against 16 callers all in one business. The
 * counter row is locked from the number's upsert to the commit, so one business's issues take
 * turns for that part; different businesses must not (target: ≥ 4x the throughput). Rounds
 * alternate the two cases so machine load hits both; medians of the rounds. Runs on PGlite by
 * default (one connection: every transaction takes turns, so the ratio says nothing there); set
 * DATABASE_URL and DATABASE_MIGRATION_URL (as the tests do) for a Postgres server.
 */
const CALLERS = 16
const ISSUES_PER_CALLER = 8
const ROUNDS = 5
const perRound = CALLERS * ISSUES_PER_CALLER

interface Business {
  tenantId: string
  userId: string
  clientId: string
}

const db = await createTestDatabase(
  async (admin) => {
    const businesses: Business[] = []
    for (let t = 0; t < CALLERS; t++) {
      const [tenant] = await admin.db
        .insert(tenants)
        .values({ slug: `bench-invoices-${t}`, name: `Bench ${t}`, trade: 'pool_care' })
        .returning({ id: tenants.id })
      const [user] = await admin.db
        .insert(users)
        .values({ externalId: `bench:invoices-${t}`, email: `owner@b${t}.test`, name: `Owner ${t}` })
        .returning({ id: users.id })
      if (!tenant || !user) throw new Error('bench business not created')
      await admin.db.insert(memberships).values({ tenantId: tenant.id, userId: user.id, role: 'owner' })
      await admin.db.insert(tenantPaymentSettings).values({
        tenantId: tenant.id,
        gstHstNumber: '123456789RT0001',
        qstNumber: '1234567890TQ0001',
      })
      const [client] = await admin.db
        .insert(clients)
        .values({ tenantId: tenant.id, fullName: `Client ${t}`, email: `client@b${t}.test` })
        .returning({ id: clients.id })
      if (!client) throw new Error('bench client not created')
      businesses.push({ tenantId: tenant.id, userId: user.id, clientId: client.id })
    }
    // Drafts for every round of both cases, written directly (writing drafts is not measured).
    const drafts = new Map<string, string[]>(businesses.map((business) => [business.tenantId, []]))
    const first = businesses[0]
    if (!first) throw new Error('no business')
    const wanted: Business[] = [
      ...businesses.flatMap((business) => Array.from({ length: ISSUES_PER_CALLER * ROUNDS }, () => business)),
      ...Array.from({ length: perRound * ROUNDS }, () => first),
    ]
    for (let i = 0; i < wanted.length; i += 500) {
      const batch = wanted.slice(i, i + 500)
      const rows = await admin.db
        .insert(invoices)
        .values(
          batch.map((business) => ({
            tenantId: business.tenantId,
            clientId: business.clientId,
            source: 'staff' as const,
            language: 'fr' as const,
            placeOfSupply: 'QC' as const,
            subtotalCents: 14999,
            taxCents: 0,
            totalCents: 14999,
          })),
        )
        .returning({ id: invoices.id, tenantId: invoices.tenantId, clientId: invoices.clientId })
      await admin.db.insert(invoiceLines).values(
        rows.map((row) => ({
          tenantId: row.tenantId,
          invoiceId: row.id,
          clientId: row.clientId,
          position: 1,
          descriptionFr: 'Ouverture de piscine',
          descriptionEn: 'Pool opening',
          quantity: 1,
          unitCents: 14999,
          amountCents: 14999,
          kind: 'custom' as const,
        })),
      )
      for (const row of rows) drafts.get(row.tenantId)?.push(row.id)
    }
    return { businesses, drafts: Object.fromEntries(drafts) }
  },
  { poolMax: CALLERS },
)

const now = Date.UTC(2026, 5, 15, 14)
const take = (tenantId: string) => {
  const id = db.data.drafts[tenantId]?.pop()
  if (id === undefined) throw new Error('out of drafts')
  return id
}

/** Issues per second of CALLERS concurrent callers; `businessOf(caller)` picks each caller's business. */
async function run(businessOf: (caller: number) => Business): Promise<number> {
  const started = performance.now()
  await Promise.all(
    Array.from({ length: CALLERS }, async (_, caller) => {
      const business = businessOf(caller)
      // The issuing transaction as staff run it (issueInvoice then reads the detail it returns in a
      // second transaction, which is not part of issuing).
      for (let i = 0; i < ISSUES_PER_CALLER; i++)
        await db.app.withTenant({ actor: 'staff', tenantId: business.tenantId, userId: business.userId }, (tx) =>
          issueDraft(
            tx,
            { tenantId: business.tenantId, userId: business.userId, role: 'owner' },
            take(business.tenantId),
            {
              now,
            },
          ),
        )
    }),
  )
  return (perRound / (performance.now() - started)) * 1000
}

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? 0
const businessAt = (i: number): Business => {
  const business = db.data.businesses[i]
  if (!business) throw new Error('no such business')
  return business
}

try {
  const spread: number[] = []
  const single: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    spread.push(await run((caller) => businessAt(caller)))
    single.push(await run(() => businessAt(0)))
  }
  const [many, one] = [median(spread), median(single)]
  console.log(
    `invoice issue, ${CALLERS} concurrent callers × ${ISSUES_PER_CALLER} issues, ${ROUNDS} rounds, driver ${db.driver}`,
  )
  console.log(`  ${CALLERS} callers in ${CALLERS} businesses: ${many.toFixed(0)} issues/s (median)`)
  console.log(`  ${CALLERS} callers in 1 business:   ${one.toFixed(0)} issues/s (median)`)
  console.log(
    `  ratio ${(many / one).toFixed(2)}x (target ≥ 4x${db.driver === 'pglite' ? '; PGlite runs one transaction at a time' : ''})`,
  )
} finally {
  await db.close()
}
