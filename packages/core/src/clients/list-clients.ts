import type { Tx } from '@portail/db'
import { clients } from '@portail/db/schema'
import { and, asc, eq, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm'
import { z } from 'zod'
import type { StaffActor } from '../actors/actor-kinds'
import { containsPattern, decodeCursor, type Page, toPage } from '../cursor'
import { clientSummaryColumns } from './client-columns'

export interface ListClientsParams {
  search?: string | undefined
  archived: boolean
  locale?: 'fr' | 'en' | undefined
  cursor?: string | undefined
  limit: number
}

export type ClientSummary = Awaited<ReturnType<typeof listClients>>['items'][number]

const cursorSchema = z.tuple([z.string(), z.uuid()])

/**
 * The tenant's clients by name, a page at a time (keyset on full_name, id, which the
 * clients_tenant_name_idx index serves). Search matches name, email or phone anywhere.
 */
export async function listClients(tx: Tx, ctx: Pick<StaffActor, 'tenantId'>, input: ListClientsParams) {
  // RLS already limits staff to their tenant; the explicit filter keeps that true even if a
  // policy is ever loosened, and lets the planner use the (tenant_id, full_name, id) index.
  const filters: (SQL | undefined)[] = [
    eq(clients.tenantId, ctx.tenantId),
    input.archived ? isNotNull(clients.archivedAt) : isNull(clients.archivedAt),
  ]
  if (input.locale) filters.push(eq(clients.locale, input.locale))
  if (input.search) {
    const pattern = containsPattern(input.search)
    filters.push(or(ilike(clients.fullName, pattern), ilike(clients.email, pattern), ilike(clients.phone, pattern)))
  }
  if (input.cursor) {
    const [fullName, id] = decodeCursor(input.cursor, cursorSchema)
    filters.push(sql`(${clients.fullName}, ${clients.id}) > (${fullName}, ${id}::uuid)`)
  }
  const rows = await tx
    .select(clientSummaryColumns)
    .from(clients)
    .where(and(...filters))
    .orderBy(asc(clients.fullName), asc(clients.id))
    .limit(input.limit + 1)
  const page: Page<(typeof rows)[number]> = toPage(rows, input.limit, (row) => [row.fullName, row.id])
  return page
}
