/**
 * The one permission matrix: procedures check it on the server, the UI reads it to hide what a
 * role cannot do. Tenant roles come from memberships (owner, admin, staff) or a client link;
 * `operator` is the platform role and holds no permission inside a tenant's data.
 */
export const roles = ['owner', 'admin', 'staff', 'client', 'operator'] as const
export type Role = (typeof roles)[number]

export const actions = [
  'clients.read',
  'clients.write',
  'clients.delete',
  'bookings.read',
  'bookings.write',
  'invoices.read',
  'invoices.write',
  'payments.read',
  'payments.refund',
  'messages.read',
  'messages.write',
  'documents.read',
  'documents.write',
  'audit.read',
  'settings.read',
  'settings.write',
  'team.read',
  'team.remove',
  'team.manage',
  'team.invite',
  'team.names',
  'profile.read',
  'profile.write',
  /** One's own in-app notifications (reading them, marking them read); never anyone else's. */
  'notifications.read',
  'platform.tenants.read',
  'platform.tenants.manage',
] as const
export type Action = (typeof actions)[number]

const staffDaily: readonly Action[] = [
  'clients.read',
  'clients.write',
  'bookings.read',
  'bookings.write',
  'invoices.read',
  'messages.read',
  'messages.write',
  'documents.read',
  'documents.write',
  'settings.read',
  'team.read',
  'notifications.read',
]

// Admins run the business day to day (and may remove a member who is not an owner); only the
// owner hands out or takes away roles (team.manage) and refunds money.
const admin: readonly Action[] = [
  ...staffDaily,
  'clients.delete',
  'team.remove',
  'invoices.write',
  'payments.read',
  'audit.read',
  'settings.write',
  // Inviting people to the team; only an owner may invite an admin (checked in core).
  'team.invite',
  // Choosing the public name of any member (every member may choose their own: checked in core).
  'team.names',
]

const matrix: Record<Role, ReadonlySet<Action>> = {
  owner: new Set([...admin, 'team.manage', 'payments.refund']),
  admin: new Set(admin),
  staff: new Set(staffDaily),
  // A client acts only on its own records; row-level security narrows "own" in the database.
  client: new Set([
    'profile.read',
    'profile.write',
    'bookings.read',
    'bookings.write',
    'invoices.read',
    'messages.read',
    'messages.write',
    'documents.read',
    'documents.write',
    'notifications.read',
  ]),
  operator: new Set(['platform.tenants.read', 'platform.tenants.manage']),
}

/**
 * Actions that destroy data, move money or hand out power: a role that holds one may use it only
 * in a session that verified a second factor recently (isSecondFactorFresh). The API's staff
 * builder enforces it for every procedure checking one of these, and the UI reads the same list to
 * ask for a code before offering the action.
 */
export const sensitiveActions: ReadonlySet<Action> = new Set<Action>([
  'clients.delete',
  'payments.refund',
  'team.manage',
  'team.remove',
])

export const isSensitiveAction = (action: Action): boolean => sensitiveActions.has(action)

export function can(role: Role, action: Action): boolean {
  return matrix[role].has(action)
}

/** Everything a role may do, for the UI to decide what to show. */
export function permissionsOf(role: Role): Action[] {
  return actions.filter((action) => matrix[role].has(action))
}
