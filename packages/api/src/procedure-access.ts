import { type Action, actions } from '@portail/auth'

/**
 * Who a procedure is for, declared by its builder as tRPC meta: the kind of caller the builder
 * admits and the action of the @portail/auth matrix it checks. The builder both declares and
 * enforces it, so tests (and the UI) can read the rule instead of keeping their own copy.
 */
export type ProcedureAccess =
  | { kind: 'public' }
  /** Anyone on the platform's own site (the root domain), signed in or not. */
  | { kind: 'rootPublic' }
  /** Any signed-in person, whatever their role: on the root domain, or on a tenant's portal they are joining. */
  | { kind: 'signedIn'; host: 'root' | 'tenant' }
  | { kind: 'client'; permission: Action }
  | { kind: 'staff'; permission: Action }
  | { kind: 'operator'; permission: Action }

export interface ProcedureMeta {
  access: ProcedureAccess
}

const isAction = (value: unknown): value is Action => actions.some((action) => action === value)

/** The access a procedure declared, or null for a procedure built outside the builders. */
export function procedureAccess(meta: unknown): ProcedureAccess | null {
  if (typeof meta !== 'object' || meta === null || !('access' in meta)) return null
  const access: unknown = meta.access
  if (typeof access !== 'object' || access === null || !('kind' in access)) return null
  if (access.kind === 'public') return { kind: 'public' }
  if (access.kind === 'rootPublic') return { kind: 'rootPublic' }
  if (access.kind === 'signedIn') {
    const host = 'host' in access ? access.host : undefined
    return host === 'root' || host === 'tenant' ? { kind: 'signedIn', host } : null
  }
  if (access.kind !== 'client' && access.kind !== 'staff' && access.kind !== 'operator') return null
  const permission = 'permission' in access ? access.permission : undefined
  return isAction(permission) ? { kind: access.kind, permission } : null
}
