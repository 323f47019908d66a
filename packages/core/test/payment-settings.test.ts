import { auditLog, platformAuditLog, tenantPaymentSettings } from '@portail/db/schema'
import { createTestDatabase, type TestDatabase, type TwoTenantFixture, twoTenantFixture } from '@portail/db/testing'
import { and, eq } from 'drizzle-orm'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { StaffActor } from '../src/actors/actor-kinds'
import { DomainError } from '../src/errors'
import { getPaymentSettings, setPlatformFee, updatePaymentSettings } from '../src/payments'

let db: TestDatabase<TwoTenantFixture>
beforeAll(async () => {
  db = await createTestDatabase(twoTenantFixture)
})
afterAll(async () => db.close())

const ownerOf = (tenant: TwoTenantFixture['a']): StaffActor => ({
  tenantId: tenant.id,
  userId: tenant.ownerUserId,
  role: 'owner',
})
const asStaff = <T>(staff: StaffActor, run: Parameters<TestDatabase<TwoTenantFixture>['app']['withTenant']>[1]) =>
  db.app.withTenant({ actor: 'staff', tenantId: staff.tenantId, userId: staff.userId }, run) as Promise<T>

const settings = {
  taxProvince: 'qc',
  gstHstNumber: '123 456 789 rt 0001',
  qstNumber: '1234567890-TQ-0001',
  pstNumber: '',
  invoiceTermsDays: 15,
  invoiceNotesFr: 'Merci de votre confiance.',
  invoiceNotesEn: '',
}

async function refusal(run: Promise<unknown>): Promise<DomainError> {
  const error = await run.then(
    () => null,
    (caught: unknown) => caught,
  )
  if (!(error instanceof DomainError)) throw new Error(`expected a DomainError, got ${String(error)}`)
  return error
}

describe('payment settings', () => {
  it('a business that never saved them reads the defaults: Quebec, registered for nothing, 30 days', async () => {
    const read = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.b.id, userId: db.data.b.ownerUserId },
      (tx) => getPaymentSettings(tx, db.data.b.id),
    )
    expect(read).toEqual({
      taxProvince: 'QC',
      gstHstNumber: null,
      qstNumber: null,
      pstNumber: null,
      invoiceTermsDays: 30,
      invoiceNotesFr: null,
      invoiceNotesEn: null,
    })
  })

  it('saves the registrations as printed on invoices, audits the changed fields once, and a second identical save writes nothing', async () => {
    const owner = ownerOf(db.data.a)
    const saved = await asStaff(owner, (tx) => updatePaymentSettings(tx, owner, settings))
    expect(saved).toMatchObject({
      taxProvince: 'QC',
      gstHstNumber: '123456789 RT0001',
      qstNumber: '1234567890 TQ0001',
      pstNumber: null,
      invoiceTermsDays: 15,
      invoiceNotesEn: null,
    })
    await asStaff(owner, (tx) => updatePaymentSettings(tx, owner, settings))
    const entries = await asStaff<{ data: unknown }[]>(owner, (tx) =>
      tx
        .select({ data: auditLog.data })
        .from(auditLog)
        .where(and(eq(auditLog.tenantId, owner.tenantId), eq(auditLog.action, 'tenant.settings_updated'))),
    )
    expect(entries).toHaveLength(1)
    expect(entries[0]?.data).toEqual({
      fields: ['gstHstNumber', 'qstNumber', 'invoiceTermsDays', 'invoiceNotesFr'],
    })
    const other = await db.app.withTenant(
      { actor: 'staff', tenantId: db.data.b.id, userId: db.data.b.ownerUserId },
      (tx) => getPaymentSettings(tx, db.data.b.id),
    )
    expect(other.gstHstNumber).toBeNull()
  })

  it('refuses a malformed GST or QST number or terms past a year by key, and changes nothing', async () => {
    const owner = ownerOf(db.data.a)
    const before = await asStaff(owner, (tx) => getPaymentSettings(tx, owner.tenantId))
    for (const [input, key] of [
      [{ ...settings, gstHstNumber: '12345678 RT0001' }, 'payment.gstNumberInvalid'],
      [{ ...settings, qstNumber: '1234567890 RT0001' }, 'payment.qstNumberInvalid'],
      [{ ...settings, invoiceTermsDays: 400 }, 'payment.termsInvalid'],
      [{ ...settings, invoiceNotesFr: 'x'.repeat(2001) }, 'payment.notesTooLong'],
    ] as const) {
      const error = await refusal(asStaff(owner, (tx) => updatePaymentSettings(tx, owner, input)))
      expect(error.messageKey).toBe(key)
    }
    expect(await asStaff(owner, (tx) => getPaymentSettings(tx, owner.tenantId))).toEqual(before)
  })
})

describe('platform fee', () => {
  const operator = () => ({ userId: db.data.operatorUserId })
  const feeOf = (tenantId: string) =>
    db.app.withTenant({ actor: 'operator', tenantId: null, userId: operator().userId }, (tx) =>
      tx
        .select({ bps: tenantPaymentSettings.platformFeeBps, fixed: tenantPaymentSettings.platformFeeFixedCents })
        .from(tenantPaymentSettings)
        .where(eq(tenantPaymentSettings.tenantId, tenantId)),
    )

  it('an operator sets the fee of a business with no settings yet (its row created with defaults), and changes it later; both logs say so', async () => {
    const tenantId = db.data.b.id
    await setPlatformFee(db.app, operator(), { tenantId, feeBps: 250, feeFixedCents: 30 })
    expect(await feeOf(tenantId)).toEqual([{ bps: 250, fixed: 30 }])
    await setPlatformFee(db.app, operator(), { tenantId, feeBps: null, feeFixedCents: null })
    expect(await feeOf(tenantId)).toEqual([{ bps: null, fixed: null }])
    const platform = await db.app.withTenant({ actor: 'operator', tenantId: null, userId: operator().userId }, (tx) =>
      tx.select().from(platformAuditLog).where(eq(platformAuditLog.action, 'tenant.platform_fee_set')),
    )
    expect(platform.map((entry) => entry.targetTenantId)).toEqual([tenantId, tenantId])
    const read = await db.app.withTenant({ actor: 'staff', tenantId, userId: db.data.b.ownerUserId }, (tx) =>
      getPaymentSettings(tx, tenantId),
    )
    expect(read.taxProvince).toBe('QC')
  })

  it('refuses a fee over 20 % or $10, half a fee, or an unknown business, and changes nothing', async () => {
    const tenantId = db.data.a.id
    const before = await feeOf(tenantId)
    for (const input of [
      { tenantId, feeBps: 2001, feeFixedCents: 0 },
      { tenantId, feeBps: 100, feeFixedCents: 1001 },
      { tenantId, feeBps: 100, feeFixedCents: null },
    ]) {
      const error = await refusal(setPlatformFee(db.app, operator(), input))
      expect(error.messageKey).toBe('payment.feeInvalid')
    }
    const unknown = await refusal(
      setPlatformFee(db.app, operator(), {
        tenantId: '00000000-0000-4000-8000-000000000999',
        feeBps: 1,
        feeFixedCents: 1,
      }),
    )
    expect(unknown.code).toBe('NOT_FOUND')
    expect(await feeOf(tenantId)).toEqual(before)
  })
})
