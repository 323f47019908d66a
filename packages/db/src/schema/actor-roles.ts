import { pgRole } from 'drizzle-orm/pg-core'

/**
 * Database roles. They are created by the custom migration `0000_foundation_roles` (drizzle-kit
 * cannot create LOGIN/NOINHERIT roles), so every `pgRole` here is `.existing()`.
 *
 * The app logs in as `portail_app`, which owns nothing and holds no privilege of its own: every
 * query must run inside `withTenant`, which switches to one of the actor roles below for the
 * length of one transaction.
 *
 * What the actor roles stop, and what they do not: the login role is a member of every actor role
 * and may switch between them (and rewrite app.tenant_id, app.user_id, app.client_id) with
 * set_config at any point of a transaction; the database cannot tell withTenant's statement from
 * any other. So actor roles and their policies stop bugs (a wrong or forgotten context, a query
 * aimed at the wrong tenant or client), never SQL injected into the app's connection: that is
 * kept out by bind parameters and drizzle's query builder. A staff or client context is also
 * checked against the data when it is set (portail_context.check_actor_context, see
 * docs/decisions/identity-binding.md): the user must be a member of the tenant, or own the client
 * row, so a context built from a wrong id fails instead of reading.
 */
export const dbRoleNames = {
  login: 'portail_app',
  owner: 'portail_owner',
  public: 'portail_public',
  client: 'portail_client',
  staff: 'portail_staff',
  system: 'portail_system',
  operator: 'portail_operator',
  resolver: 'portail_resolver',
  identity: 'portail_identity',
  onboarding: 'portail_onboarding',
  clerkSync: 'portail_clerk_sync',
  tenantStats: 'portail_tenant_stats',
  staffDirectory: 'portail_staff_directory',
  holdSweeper: 'portail_hold_sweeper',
  contextCheck: 'portail_context_check',
  workflowEngine: 'portail_workflow_engine',
  outboxRelay: 'portail_outbox_relay',
  mailRelay: 'portail_mail_relay',
  smsRelay: 'portail_sms_relay',
  deliveryStatus: 'portail_delivery_status',
  deliverySync: 'portail_delivery_sync',
  holdRelease: 'portail_hold_release',
  identityPurge: 'portail_identity_purge',
  paymentWebhook: 'portail_payment_webhook',
  paymentReconcile: 'portail_payment_reconcile',
} as const

export const actorKinds = [
  'public',
  'client',
  'staff',
  'system',
  'operator',
  'identity',
  'workflowEngine',
  'outboxRelay',
  'mailRelay',
  'smsRelay',
  'deliveryStatus',
  'holdRelease',
  'identityPurge',
  'paymentWebhook',
  'paymentReconcile',
] as const
export type ActorKind = (typeof actorKinds)[number]

/** A portal visitor, signed in or not: the tenant's public face and, once signed in, its own links. */
export const publicRole = pgRole(dbRoleNames.public).existing()
/** A client of one business: only its own client row and, later, its own bookings, invoices… */
export const clientRole = pgRole(dbRoleNames.client).existing()
/** A member of one business (owner, admin or staff; finer permissions are checked in the API). */
export const staffRole = pgRole(dbRoleNames.staff).existing()
/** Workflows and webhooks acting inside one tenant. */
export const systemRole = pgRole(dbRoleNames.system).existing()
/** Platform operators: the tenant registry across tenants, audited by the core layer. */
export const operatorRole = pgRole(dbRoleNames.operator).existing()
/**
 * Owns the security-definer functions that resolve a host or an organization to a tenant before
 * any tenant context exists. It can read the tenant registry and nothing else.
 */
export const resolverRole = pgRole(dbRoleNames.resolver).existing()
/**
 * The platform's own identity service (the dev adapter's sign-in codes, sessions and local mailbox),
 * acting before any tenant context exists: it never has a tenant and reaches no tenant table.
 */
export const identityRole = pgRole(dbRoleNames.identity).existing()
/**
 * The embedded workflow engine: stores the events it receives and the runs it drives (memoised
 * steps, wake-up times, leases) of every business, from outside any tenant: its functions do their
 * tenant work as the system actor of the event's tenant. It reaches its own two tables and nothing
 * else.
 */
export const workflowEngineRole = pgRole(dbRoleNames.workflowEngine).existing()
/**
 * The event outbox relay: reads undelivered rows of `event_outbox` of every business, hands them to
 * the workflow engine and records each delivery. Column grants on that table only.
 */
export const outboxRelayRole = pgRole(dbRoleNames.outboxRelay).existing()
/**
 * The mail relay: claims due messages of `mail_outbox` and records how each delivery went. Its own
 * actor rather than the identity actor, so a bug in the relay or its transport cannot reach
 * sign-in codes, sessions or users: column grants on the outbox only.
 */
export const mailRelayRole = pgRole(dbRoleNames.mailRelay).existing()
/** The SMS relay: like the mail relay, on `sms_outbox` only. */
export const smsRelayRole = pgRole(dbRoleNames.smsRelay).existing()
/**
 * Provider webhooks (Resend, Twilio): a delivery event names a provider message id, not a tenant.
 * It updates the status of that delivery, flags a bouncing address or an SMS opt-out on the client
 * row, and records each webhook event once (replay refused); column grants only.
 */
export const deliveryStatusRole = pgRole(dbRoleNames.deliveryStatus).existing()
/**
 * Owns portail_private.sync_delivery_from_outbox, the trigger that copies a mail or SMS outbox
 * row's delivery (sent or failed, provider id, attempts, last error) into its delivery log row:
 * its policy sees every delivery, its grants only the columns it compares and copies. Not an
 * actor: the login role is not a member.
 */
export const deliverySyncRole = pgRole(dbRoleNames.deliverySync).existing()
/**
 * The unpaid-hold sweep (a cron workflow): finds the bookings of every business still waiting for
 * payment past their hold, cancels them, and audits and announces each (booking/cancelled by
 * 'system'). Column grants: the booking columns the sweep filters on, returns and sets; INSERT
 * only on audit_log and event_outbox. It reads nothing else (no client, no price, no note).
 * Not portail_hold_sweeper, which owns the definer function that lists the tenants with expired
 * holds and is no actor.
 */
export const holdReleaseRole = pgRole(dbRoleNames.holdRelease).existing()
/**
 * The hourly purge of identity rows nobody needs any more (a cron workflow): DELETE on sign-in
 * codes, sessions, session transfers and rate-limit buckets, with SELECT on the columns it filters
 * by and returns, and nothing else: it can read no code hash, token or user. The triggers of 0017
 * still refuse the deletion of a live code or session.
 */
export const identityPurgeRole = pgRole(dbRoleNames.identityPurge).existing()
/**
 * Owns portail_private.create_tenant, the one way a business is created by the app (onboarding,
 * and the identity provider's organizations): it may insert a tenant, its owner membership and
 * their audit entries, and read nothing. Not an actor: the login role is not a member of it.
 */
export const onboardingRole = pgRole(dbRoleNames.onboarding).existing()
/**
 * Owns the Clerk sync functions (portail_private.clerk_*): mirrors the identity provider's users,
 * organizations and memberships. Its policies reach only Clerk-provisioned users and tenants, its
 * grants only the columns those functions write. Not an actor: the login role is not a member.
 */
export const clerkSyncRole = pgRole(dbRoleNames.clerkSync).existing()
/**
 * Owns portail_private.tenant_counts, the operator console's member and client counts per business:
 * its policies see every membership and client, its grants only the columns a count needs. Not an
 * actor: the login role is not a member.
 */
export const tenantStatsRole = pgRole(dbRoleNames.tenantStats).existing()
/**
 * Owns portail_private.staff_display_names, the public name of each team member of the current
 * business (what the booking wizard shows visitors): its policies see the current tenant's
 * memberships and their users, its grants only the columns a display name is made of. Not an
 * actor: the login role is not a member.
 */
export const staffDirectoryRole = pgRole(dbRoleNames.staffDirectory).existing()
/**
 * Owns portail_private.tenants_with_expired_holds, which tells the background job which businesses
 * hold unpaid booking holds past their time: its policy sees every booking, its grants only the
 * tenant, status and hold expiry. Not an actor: the login role is not a member.
 */
export const holdSweeperRole = pgRole(dbRoleNames.holdSweeper).existing()
/**
 * Owns portail_context.check_actor_context, the last column of the context statement of every staff or
 * client context: its policies see only the membership of the context's user in the context's
 * tenant, and the client row of the context's client if that user owns it; its grants only the
 * ids those checks compare. Not an actor: the login role is not a member.
 */
export const contextCheckRole = pgRole(dbRoleNames.contextCheck).existing()
/**
 * Stripe webhooks (platform and Connect endpoints): an event names a connected account, not a
 * tenant. It reads (tenant_id, stripe_account_id) of every tenant's payment settings to resolve the
 * account, and records in stripe_events the events of the platform or of an unknown account under
 * the platform tenant; the effects of a known account's event are applied by that tenant's system
 * actor. Column grants only; it reads no other billing row.
 */
export const paymentWebhookRole = pgRole(dbRoleNames.paymentWebhook).existing()
/**
 * The daily payments reconciliation (a cron workflow): lists the connected accounts of every
 * business (tenant_id, stripe_account_id, charges_enabled) and nothing else; each repair it makes
 * runs as the system actor of that tenant.
 */
export const paymentReconcileRole = pgRole(dbRoleNames.paymentReconcile).existing()
