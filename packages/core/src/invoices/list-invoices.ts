import type { Tx } from '@portail/db'
import { clients, invoices } from '@portail/db/schema'
import type { ZListInvoicesInput, ZMyInvoicesInput } from '@portail/validators'
import { and, desc, eq, gte, lt, lte, type SQL } from 'drizzle-orm'
import { z } from 'zod'
import type { ClientActor } from '../actors/actor-kinds'
import { decodeCursor, type Page, toPage } from '../cursor'
import { viewerFilter, type InvoiceViewer } from './get-invoice'
import { balanceSql, type InvoiceSummary, summaryOf } from './invoice-view'

export type ListInvoicesData = z.output<typeof ZListInvoicesInput>
export type MyInvoicesData = z.output<typeof ZMyInvoicesInput>

/** Newest first by id (UUIDv7: creation order); the cursor is the last id seen. */
const cursorSchema = z.strictObject({ id: z.uuid() })

async function listPage(
  tx: Tx,
  viewer: InvoiceViewer,
  filters: SQL[],
  page: { cursor?: string | undefined; limit: number },
): Promise<Page<InvoiceSummary>> {
  const after = page.cursor === undefined ? undefined : decodeCursor(page.cursor, cursorSchema)
  const rows = await tx
    .select({ row: invoices, clientName: clients.fullName, balance: balanceSql })
    .from(invoices)
    .innerJoin(clients, and(eq(clients.tenantId, invoices.tenantId), eq(clients.id, invoices.clientId)))
    .where(and(...viewerFilter(viewer), ...filters, ...(after ? [lt(invoices.id, after.id)] : [])))
    .orderBy(desc(invoices.id))
    .limit(page.limit + 1)
  return toPage(
    rows.map((found) => summaryOf(found.row, found.clientName, found.balance)),
    page.limit,
    (item) => ({ id: item.id }),
  )
}

/**
 * Staff list the business's invoices and credit notes: by status, client, and issue-date period
 * (inclusive; drafts have no issue date, so a period leaves them out).
 */
export function listInvoices(tx: Tx, tenantId: string, input: ListInvoicesData): Promise<Page<InvoiceSummary>> {
  const filters: SQL[] = []
  if (input.status !== undefined) filters.push(eq(invoices.status, input.status))
  if (input.clientId !== undefined) filters.push(eq(invoices.clientId, input.clientId))
  if (input.from !== undefined) filters.push(gte(invoices.issueDate, input.from))
  if (input.to !== undefined) filters.push(lte(invoices.issueDate, input.to))
  return listPage(tx, { tenantId }, filters, input)
}

/** A client lists its own invoices and credit notes, never a draft (row policy and filter agree). */
export function listMyInvoices(tx: Tx, client: ClientActor, input: MyInvoicesData): Promise<Page<InvoiceSummary>> {
  const filters = input.status === undefined ? [] : [eq(invoices.status, input.status)]
  return listPage(tx, { tenantId: client.tenantId, clientId: client.clientId }, filters, input)
}
