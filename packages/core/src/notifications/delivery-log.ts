import type { Tx } from '@portail/db'
import { clients, messageDeliveries } from '@portail/db/schema'
import { and, desc, eq, lt, type SQL } from 'drizzle-orm'
import type { ClientActor, StaffActor } from '../actors/actor-kinds'
import { DomainError } from '../errors'

/** What the log shows of one message on one channel: never its content, only what happened to it. */
const deliveryColumns = {
  id: messageDeliveries.id,
  channel: messageDeliveries.channel,
  template: messageDeliveries.template,
  topic: messageDeliveries.topic,
  status: messageDeliveries.status,
  skipReason: messageDeliveries.skipReason,
  bookingId: messageDeliveries.bookingId,
  createdAt: messageDeliveries.createdAt,
  statusAt: messageDeliveries.statusAt,
}

/** Staff see who it went to and why a send failed, too. */
const staffDeliveryColumns = {
  ...deliveryColumns,
  recipientKind: messageDeliveries.recipientKind,
  toAddress: messageDeliveries.toAddress,
  attempts: messageDeliveries.attempts,
  lastError: messageDeliveries.lastError,
}

export type DeliveryLogEntry = Awaited<ReturnType<typeof listMyDeliveries>>['entries'][number]
export type StaffDeliveryLogEntry = Awaited<ReturnType<typeof listBookingDeliveries>>[number]

interface Page {
  before?: string
  limit: number
}

/** Newest first by id (uuidv7: time ordered); `before` continues after the previous page's last row. */
const pageOf = async <Row extends { id: string }>(
  rows: (where: SQL | undefined, limit: number) => Promise<Row[]>,
  where: SQL | undefined,
  page: Page,
) => {
  const found = await rows(page.before ? and(where, lt(messageDeliveries.id, page.before)) : where, page.limit + 1)
  const entries = found.slice(0, page.limit)
  return { entries, nextBefore: found.length > page.limit ? (entries.at(-1)?.id ?? null) : null }
}

/** Every message about one booking, to the client and to the team, in sending order. */
export async function listBookingDeliveries(tx: Tx, ctx: Pick<StaffActor, 'tenantId'>, input: { bookingId: string }) {
  return tx
    .select(staffDeliveryColumns)
    .from(messageDeliveries)
    .where(and(eq(messageDeliveries.tenantId, ctx.tenantId), eq(messageDeliveries.bookingId, input.bookingId)))
    .orderBy(messageDeliveries.createdAt, messageDeliveries.id)
    .limit(500)
}

/** The messages sent to one client (the client record), newest first, with the address flags. */
export async function listClientDeliveries(
  tx: Tx,
  ctx: Pick<StaffActor, 'tenantId'>,
  input: { clientId: string } & Page,
) {
  const [client] = await tx
    .select({ emailBouncedAt: clients.emailBouncedAt, smsOptedOutAt: clients.smsOptedOutAt })
    .from(clients)
    .where(and(eq(clients.tenantId, ctx.tenantId), eq(clients.id, input.clientId)))
  if (!client) throw new DomainError('NOT_FOUND', 'client.notFound')
  const mine = and(
    eq(messageDeliveries.tenantId, ctx.tenantId),
    eq(messageDeliveries.recipientKind, 'client'),
    eq(messageDeliveries.clientId, input.clientId),
  )
  const page = await pageOf(
    (where, limit) =>
      tx
        .select(staffDeliveryColumns)
        .from(messageDeliveries)
        .where(where)
        .orderBy(desc(messageDeliveries.id))
        .limit(limit),
    mine,
    input,
  )
  return { ...page, emailBouncedAt: client.emailBouncedAt, smsOptedOutAt: client.smsOptedOutAt }
}

/** A client's own message history (the Notifications page): the database shows it its rows only. */
export async function listMyDeliveries(tx: Tx, ctx: Pick<ClientActor, 'tenantId' | 'clientId'>, input: Page) {
  const mine = and(
    eq(messageDeliveries.tenantId, ctx.tenantId),
    eq(messageDeliveries.recipientKind, 'client'),
    eq(messageDeliveries.clientId, ctx.clientId),
  )
  return pageOf(
    (where, limit) =>
      tx.select(deliveryColumns).from(messageDeliveries).where(where).orderBy(desc(messageDeliveries.id)).limit(limit),
    mine,
    input,
  )
}
