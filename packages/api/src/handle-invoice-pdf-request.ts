import { can } from '@portail/auth'
import { isDomainError } from '@portail/core/errors'
import { getInvoice, type InvoiceViewer, toInvoiceDocument } from '@portail/core/invoices'
import type { ActorContext } from '@portail/db'
import { type ApiDeps, createContext } from './context'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** Everything a reader may not have answers the same 404: nothing tells an invoice that exists from one that does not. */
const notFound = () =>
  new Response('Not found', {
    status: 404,
    headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'private, no-store' },
  })

/** Who reads, as the database sees them and as core filters: staff all of the business's, a client its own. */
function readerOf(ctx: Awaited<ReturnType<typeof createContext>>): { as: ActorContext; viewer: InvoiceViewer } | null {
  const { tenant, actor } = ctx
  if (tenant?.status !== 'active' || !actor.userId) return null
  if (actor.staffRole && can(actor.staffRole, 'invoices.read'))
    return { as: { actor: 'staff', tenantId: tenant.id, userId: actor.userId }, viewer: { tenantId: tenant.id } }
  if (actor.clientId && can('client', 'invoices.read'))
    return {
      as: { actor: 'client', tenantId: tenant.id, userId: actor.userId, clientId: actor.clientId },
      viewer: { tenantId: tenant.id, clientId: actor.clientId },
    }
  return null
}

/**
 * GET /api/invoices/{id}/pdf on a tenant host: one issued invoice or credit note as a PDF download,
 * for the client it is addressed to or the business's team. Context is resolved as for /api/trpc
 * and the invoice is read through core's getInvoice as that actor: another client's, another
 * business's, a draft (it has no number yet: staff preview it on screen) or no session -> 404.
 */
export async function handleInvoicePdfRequest(request: Request, deps: ApiDeps, invoiceId: string): Promise<Response> {
  if (!uuidPattern.test(invoiceId)) return notFound()
  const ctx = await createContext({ ...deps, headers: request.headers })
  const reader = readerOf(ctx)
  if (!reader || !ctx.tenant) return notFound()
  const invoice = await deps.database
    .withTenant(reader.as, (tx) => getInvoice(tx, reader.viewer, invoiceId))
    .catch((error: unknown) => {
      if (isDomainError(error) && error.code === 'NOT_FOUND') return null
      throw error
    })
  if (!invoice || invoice.status === 'draft' || invoice.number === null) return notFound()
  const document = toInvoiceDocument(invoice, { brandColor: ctx.tenant.branding.primaryColor ?? null })
  // Loaded on the first download only: the PDF renderer is heavy and every other request does without it.
  const { renderInvoicePdf } = await import('@portail/billing/pdf')
  const pdf = await renderInvoicePdf(document)
  return new Response(new Uint8Array(pdf), {
    status: 200,
    headers: {
      'content-type': 'application/pdf',
      'content-disposition': `attachment; filename="${invoice.number}.pdf"`,
      'x-content-type-options': 'nosniff',
      'cache-control': 'private, no-store',
    },
  })
}
