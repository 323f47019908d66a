import { type Action, can, type Identity, isSecondFactorFresh, isSensitiveAction } from '@portail/auth'
import type { ClientActor, StaffActor } from '@portail/core/actors'
import { DomainError } from '@portail/core/errors'
import { nudgeOutboxAfter } from '@portail/core/outbox-nudge'
import type { Context } from './context'
import { toTRPCError } from './error-mapping'
import { inTransaction } from './in-transaction'
import { baseProcedure } from './trpc'
import { countUserCall } from './user-rate-limits'

/**
 * Outermost layer of every procedure: the one place errors become tRPC errors; then the per-user
 * limit of a limited mutation (user-rate-limits.ts), before any builder opens a transaction.
 */
const mappedProcedure = baseProcedure
  .use(async ({ ctx, next }) => {
    const result = await next()
    if (!result.ok) throw toTRPCError(result.error, ctx.locale)
    return result
  })
  .use(async ({ ctx, path, next }) => {
    await countUserCall(ctx.rateLimits, path, ctx.identity?.userId ?? null)
    return next()
  })

function activeTenant(ctx: Context) {
  if (!ctx.tenant) throw new DomainError('NOT_FOUND', 'tenant.notFound')
  if (ctx.tenant.status !== 'active') throw new DomainError('TENANT_SUSPENDED', 'tenant.suspended')
  return ctx.tenant
}

function signedIn(ctx: Context) {
  if (!ctx.identity) throw new DomainError('UNAUTHORIZED', 'auth.signInRequired')
  return ctx.identity
}

const permissionDenied = (permission: Action) =>
  new DomainError('FORBIDDEN', 'auth.permissionDenied', { params: { permission } })

/**
 * Sensitive actions (the matrix's `sensitiveActions`) need a second factor verified in the last
 * 10 minutes in this session: a stolen session cookie alone cannot delete clients or take over the
 * team. Checked after the role, so a role that may never do the action hears that first.
 */
function requireFreshSecondFactor(identity: Identity, permission: Action) {
  if (isSensitiveAction(permission) && !isSecondFactorFresh(identity)) {
    throw new DomainError('SECOND_FACTOR_REQUIRED', 'auth.secondFactorRequired', { params: { permission } })
  }
}

const tenantProcedure = mappedProcedure.use(({ ctx, next }) => next({ ctx: { tenant: activeTenant(ctx) } }))

/**
 * Anyone on an active tenant's portal, signed in or not.
 * Rejects: unknown host or root domain -> NOT_FOUND; suspended tenant -> FORBIDDEN (appCode
 * TENANT_SUSPENDED). Runs as portail_public: the tenant's public face, and for a signed-in
 * visitor only its own membership and client link.
 */
export const publicProcedure = tenantProcedure
  .meta({ access: { kind: 'public' } })
  .use(({ ctx, next }) =>
    inTransaction(ctx.database, { actor: 'public', tenantId: ctx.tenant.id, userId: ctx.actor.userId }, (tx) =>
      next({ ctx: { tx } }),
    ),
  )

/**
 * The platform's own site only (the root domain): "start your business" is not served from a
 * tenant's portal, whose pages a tenant controls.
 */
const onPlatformSite = mappedProcedure.use(({ ctx, next }) => {
  if (ctx.host?.kind !== 'root') throw new DomainError('FORBIDDEN', 'onboarding.rootDomainOnly')
  return next()
})

/**
 * Anyone on the platform's site, signed in or not (checking whether a slug is free). Runs as the
 * identity actor with no tenant, which reaches no tenant table: only the definer functions listed
 * in cross-tenant-entry-points.ts. Anonymous calls are rate-limited per address by the web app.
 * Rejects: a tenant or foreign host -> FORBIDDEN.
 */
export const platformSiteProcedure = onPlatformSite
  .meta({ access: { kind: 'rootPublic' } })
  .use(({ ctx, next }) =>
    inTransaction(ctx.database, { actor: 'identity', tenantId: null, userId: ctx.identity?.userId ?? null }, (tx) =>
      next({ ctx: { tx } }),
    ),
  )

/**
 * A signed-in person on the platform's site, whatever they are elsewhere (creating a business).
 * Rejects: no session -> UNAUTHORIZED; a tenant or foreign host -> FORBIDDEN. Opens no
 * transaction: the core function opens its own, because it calls the identity provider between
 * the slug check and the commit (see createBusiness).
 */
export const signedInProcedure = onPlatformSite
  .meta({ access: { kind: 'signedIn', host: 'root' } })
  .use(({ ctx, next }) => next({ ctx: { identity: signedIn(ctx) } }))

/**
 * A signed-in person being admitted into this tenant: accepting a team invitation, joining the
 * portal as a client. They are not a member or client yet, so no actor role of theirs could write
 * the membership or the client row: this runs as the tenant's system actor, with the caller's user
 * id. Only core functions that check the identity themselves (token hash, proven email, consent)
 * belong here. Rejects: tenant problems as publicProcedure; no session -> UNAUTHORIZED.
 */
export const admissionProcedure = tenantProcedure
  .meta({ access: { kind: 'signedIn', host: 'tenant' } })
  .use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    return inTransaction(ctx.database, { actor: 'system', tenantId: ctx.tenant.id, userId: identity.userId }, (tx) =>
      next({ ctx: { tx, identity } }),
    )
  })

/**
 * As admissionProcedure, but opens no transaction: the core function opens its own, because it
 * calls the identity provider after its commit (accepting a team invitation under Clerk). The
 * resolver has `ctx.database` and the signed-in `ctx.identity`, and no transaction to write through.
 */
export const admissionActionProcedure = tenantProcedure
  .meta({ access: { kind: 'signedIn', host: 'tenant' } })
  .use(({ ctx, next }) => next({ ctx: { identity: signedIn(ctx) } }))

/**
 * Anyone holding an invitation link on this tenant's portal, signed in or not: the acceptance
 * page's preview. Runs as the tenant's system actor (a visitor may not read invitations); the core
 * function answers only for the exact token hash and never returns the invited address.
 */
export const invitationLinkProcedure = tenantProcedure
  .meta({ access: { kind: 'public' } })
  .use(({ ctx, next }) =>
    inTransaction(ctx.database, { actor: 'system', tenantId: ctx.tenant.id, userId: ctx.actor.userId }, (tx) =>
      next({ ctx: { tx } }),
    ),
  )

/**
 * A signed-in client of this tenant, acting on its own record, for an action the client role holds.
 * Rejects: tenant problems as publicProcedure; no session -> UNAUTHORIZED; signed in but not an
 * (active) client here -> FORBIDDEN. Runs as portail_client with its client id, so the database
 * shows it its own rows only.
 */
export const clientProcedure = (permission: Action) =>
  tenantProcedure.meta({ access: { kind: 'client', permission } }).use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    const clientId = ctx.actor.clientId
    if (!clientId) throw new DomainError('FORBIDDEN', 'auth.notClient')
    if (!can('client', permission)) throw permissionDenied(permission)
    const client: ClientActor = { tenantId: ctx.tenant.id, userId: identity.userId, clientId }
    return inTransaction(ctx.database, { actor: 'client', ...client }, (tx) => next({ ctx: { tx, client } }))
  })

/**
 * As clientProcedure, but opens no transaction: the core function opens its own, one after the
 * other, because it must also read as a visitor of the tenant (booking: other clients' busy time,
 * never who booked) and PGlite runs one transaction at a time. The resolver has `ctx.database`
 * and the checked `ctx.client`, and no transaction to write through.
 */
export const clientActionProcedure = (permission: Action) =>
  tenantProcedure.meta({ access: { kind: 'client', permission } }).use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    const clientId = ctx.actor.clientId
    if (!clientId) throw new DomainError('FORBIDDEN', 'auth.notClient')
    if (!can('client', permission)) throw permissionDenied(permission)
    const client: ClientActor = { tenantId: ctx.tenant.id, userId: identity.userId, clientId }
    // The core function's own transactions may write workflow events (a booking): nudge the relay after.
    return nudgeOutboxAfter(() => next({ ctx: { client } }))
  })

/**
 * A member of this tenant's team whose role grants `permission` in the matrix of @portail/auth.
 * Rejects: tenant problems as publicProcedure; no session -> UNAUTHORIZED; not a member here
 * (members of other tenants included) -> FORBIDDEN; role lacks the permission -> FORBIDDEN; a
 * sensitive permission without a second factor verified in the last 10 minutes -> FORBIDDEN with
 * appCode SECOND_FACTOR_REQUIRED (the UI asks for a code, then retries).
 * Runs as portail_staff in this tenant.
 */
export const staffProcedure = (permission: Action) =>
  tenantProcedure.meta({ access: { kind: 'staff', permission } }).use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    const role = ctx.actor.staffRole
    if (!role) throw new DomainError('FORBIDDEN', 'auth.notMember')
    if (!can(role, permission)) throw permissionDenied(permission)
    requireFreshSecondFactor(identity, permission)
    const staff: StaffActor = { tenantId: ctx.tenant.id, userId: identity.userId, role }
    return inTransaction(ctx.database, { actor: 'staff', tenantId: staff.tenantId, userId: staff.userId }, (tx) =>
      next({ ctx: { tx, staff } }),
    )
  })

/**
 * As staffProcedure, but opens no transaction: the core function opens its own, because it works
 * with something outside the database around the commit (the logo: its file is stored before the
 * row names it, and the replaced file is deleted only after the commit). The resolver has
 * `ctx.database` and the checked `ctx.staff`, and no transaction to write through.
 */
export const staffActionProcedure = (permission: Action) =>
  tenantProcedure.meta({ access: { kind: 'staff', permission } }).use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    const role = ctx.actor.staffRole
    if (!role) throw new DomainError('FORBIDDEN', 'auth.notMember')
    if (!can(role, permission)) throw permissionDenied(permission)
    requireFreshSecondFactor(identity, permission)
    const staff: StaffActor = { tenantId: ctx.tenant.id, userId: identity.userId, role }
    return next({ ctx: { staff } })
  })

/**
 * A platform operator on the root domain only (the console is not served from tenant subdomains,
 * whose pages a tenant controls), for a platform action of the matrix.
 * Rejects: no session -> UNAUTHORIZED; not an operator -> FORBIDDEN; a tenant or foreign host ->
 * FORBIDDEN. Opens no transaction: see the two builders below.
 */
const operatorConsoleProcedure = (permission: Action) =>
  mappedProcedure.meta({ access: { kind: 'operator', permission } }).use(({ ctx, next }) => {
    const identity = signedIn(ctx)
    if (identity.platformRole !== 'operator') throw new DomainError('FORBIDDEN', 'auth.operatorOnly')
    if (ctx.host?.kind !== 'root') throw new DomainError('FORBIDDEN', 'auth.platformHostOnly')
    if (!can('operator', permission)) throw permissionDenied(permission)
    return next({ ctx: { operator: { userId: identity.userId } } })
  })

/**
 * Operator work across the registry (lists, reading one business). Runs as portail_operator with
 * no tenant in context, in one transaction.
 */
export const operatorProcedure = (permission: Action) =>
  operatorConsoleProcedure(permission).use(({ ctx, next }) =>
    inTransaction(ctx.database, { actor: 'operator', tenantId: null, userId: ctx.operator.userId }, (tx) =>
      next({ ctx: { tx } }),
    ),
  )

/**
 * Operator work on one business named in the input (suspend, reactivate). No transaction is opened
 * here: the core function opens exactly one, with that business as the tenant in context, because
 * the tenant's own audit log accepts an operator's entry only for the tenant in context. The
 * resolver has `ctx.database` and no tenant-less transaction to write through.
 */
export const operatorOnTenantProcedure = (permission: Action) => operatorConsoleProcedure(permission)
