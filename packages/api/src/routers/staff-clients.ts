import {
  createClient,
  deleteClient,
  getClient,
  getClientHistory,
  listClientAppointments,
  listClients,
  setClientArchived,
  updateClient,
} from '@portail/core/clients'
import { inviteClient } from '@portail/core/portal'
import {
  ZArchiveClientInput,
  ZCreateClientInput,
  ZDeleteClientInput,
  ZGetClientInput,
  ZInviteClientInput,
  ZListClientsInput,
  ZUpdateClientInput,
} from '@portail/validators'
import type { TRPCRouterRecord } from '@trpc/server'
import { portalLinksFor } from '../portal-links'
import { staffProcedure } from '../procedures'

export const staffClientsRouter = {
  list: staffProcedure('clients.read')
    .input(ZListClientsInput)
    .query(({ ctx, input }) => listClients(ctx.tx, ctx.staff, input)),
  get: staffProcedure('clients.read')
    .input(ZGetClientInput)
    .query(({ ctx, input }) => getClient(ctx.tx, ctx.staff, input)),
  /** Consent records and the latest audit entries about one client (owners and admins: audit.read). */
  history: staffProcedure('audit.read')
    .input(ZGetClientInput)
    .query(({ ctx, input }) => getClientHistory(ctx.tx, ctx.staff, input)),
  /** The client's upcoming and past appointments (anyone who reads the calendar: bookings.read). */
  appointments: staffProcedure('bookings.read')
    .input(ZGetClientInput)
    .query(({ ctx, input }) => listClientAppointments(ctx.tx, ctx.staff, input)),
  create: staffProcedure('clients.write')
    .input(ZCreateClientInput)
    .mutation(({ ctx, input }) => createClient(ctx.tx, ctx.staff, input)),
  update: staffProcedure('clients.write')
    .input(ZUpdateClientInput)
    .mutation(({ ctx, input }) => updateClient(ctx.tx, ctx.staff, input)),
  /** Archive or bring back (reversible, records kept, so not a sensitive action). */
  archive: staffProcedure('clients.write')
    .input(ZArchiveClientInput)
    .mutation(({ ctx, input }) => setClientArchived(ctx.tx, ctx.staff, input)),
  // A sensitive action: staffProcedure asks for a fresh second factor.
  delete: staffProcedure('clients.delete')
    .input(ZDeleteClientInput)
    .mutation(({ ctx, input }) => deleteClient(ctx.tx, ctx.staff, input)),
  /** Emails a client recorded without an account an invitation to the portal (joining links the record). */
  invite: staffProcedure('clients.write')
    .input(ZInviteClientInput)
    .mutation(({ ctx, input }) => inviteClient(ctx.tx, ctx.staff, input, portalLinksFor(ctx, ctx.tenant.slug))),
} satisfies TRPCRouterRecord
