import type { Tx } from '@portail/db'
import { tenantPaymentSettings } from '@portail/db/schema'
import {
  canadianProvinces,
  type TPaymentSettings,
  type TPaymentSettingsInput,
  ZPaymentSettingsInput,
} from '@portail/validators'
import { eq, sql } from 'drizzle-orm'
import type { StaffActor } from '../actors/actor-kinds'
import { appendAudit } from '../audit/append-audit'
import { parseInput } from './parse-input'

/** A business's taxes and invoice terms as the admin settings show them. */
export type PaymentSettingsView = TPaymentSettings

const columns = {
  taxProvince: tenantPaymentSettings.taxProvince,
  gstHstNumber: tenantPaymentSettings.gstHstNumber,
  qstNumber: tenantPaymentSettings.qstNumber,
  pstNumber: tenantPaymentSettings.pstNumber,
  invoiceTermsDays: tenantPaymentSettings.invoiceTermsDays,
  invoiceNotesFr: tenantPaymentSettings.invoiceNotesFr,
  invoiceNotesEn: tenantPaymentSettings.invoiceNotesEn,
}

/** What a business that never saved these has: the column defaults (Quebec, no registration, 30 days). */
const unsaved: PaymentSettingsView = {
  taxProvince: 'QC',
  gstHstNumber: null,
  qstNumber: null,
  pstNumber: null,
  invoiceTermsDays: 30,
  invoiceNotesFr: null,
  invoiceNotesEn: null,
}

type SettingsRow = { [K in keyof typeof columns]: (typeof columns)[K]['_']['data'] | null }

const isProvince = (value: string): value is PaymentSettingsView['taxProvince'] =>
  (canadianProvinces as readonly string[]).includes(value)

const asView = (row: SettingsRow): PaymentSettingsView => ({
  taxProvince: row.taxProvince && isProvince(row.taxProvince) ? row.taxProvince : unsaved.taxProvince,
  gstHstNumber: row.gstHstNumber,
  qstNumber: row.qstNumber,
  pstNumber: row.pstNumber,
  invoiceTermsDays: row.invoiceTermsDays ?? unsaved.invoiceTermsDays,
  invoiceNotesFr: row.invoiceNotesFr,
  invoiceNotesEn: row.invoiceNotesEn,
})

/** The business's payment settings, in the caller's transaction (staff of that business). */
export async function getPaymentSettings(tx: Tx, tenantId: string): Promise<PaymentSettingsView> {
  const [row] = await tx.select(columns).from(tenantPaymentSettings).where(eq(tenantPaymentSettings.tenantId, tenantId))
  return row ? asView(row) : unsaved
}

/**
 * Saves a business's registrations (printed on every invoice it issues from now on: issued
 * invoices keep the numbers they were issued with), province and invoice terms. The first save
 * creates the row; the audit entry names only the fields that changed, and a save that changes
 * nothing writes nothing.
 */
export async function updatePaymentSettings(
  tx: Tx,
  staff: StaffActor,
  input: TPaymentSettingsInput,
): Promise<PaymentSettingsView> {
  const next = parseInput(ZPaymentSettingsInput, input)
  const before = await getPaymentSettings(tx, staff.tenantId)
  const fields = (Object.keys(next) as (keyof PaymentSettingsView)[]).filter((key) => next[key] !== before[key])
  if (fields.length === 0) return before
  // Raw SQL naming only the columns staff may write: drizzle's insert names every column (with
  // DEFAULT), which the column grants refuse.
  await tx.execute(sql`
    insert into tenant_payment_settings (tenant_id, tax_province, gst_hst_number, qst_number, pst_number,
      invoice_terms_days, invoice_notes_fr, invoice_notes_en)
    values (${staff.tenantId}, ${next.taxProvince}, ${next.gstHstNumber}, ${next.qstNumber}, ${next.pstNumber},
      ${next.invoiceTermsDays}, ${next.invoiceNotesFr}, ${next.invoiceNotesEn})
    on conflict (tenant_id) do update set tax_province = excluded.tax_province,
      gst_hst_number = excluded.gst_hst_number, qst_number = excluded.qst_number, pst_number = excluded.pst_number,
      invoice_terms_days = excluded.invoice_terms_days, invoice_notes_fr = excluded.invoice_notes_fr,
      invoice_notes_en = excluded.invoice_notes_en, updated_at = now()`)
  await appendAudit(tx, {
    tenantId: staff.tenantId,
    actorUserId: staff.userId,
    actorRole: staff.role,
    action: 'tenant.settings_updated',
    entityType: 'tenant',
    entityId: staff.tenantId,
    clientId: null,
    fields,
  })
  return next
}
