import { AsyncLocalStorage } from 'node:async_hooks'

/** What every line logged while serving one request carries: ids only, never personal data. */
export interface LogContext {
  requestId?: string
  tenantId?: string
}

const storage = new AsyncLocalStorage<LogContext>()

/** Runs `fn` with `context` bound to every line it (and what it awaits) logs. */
export function withLogContext<T>(context: LogContext, fn: () => T): T {
  return storage.run({ ...storage.getStore(), ...context }, fn)
}

/**
 * Adds to the current request's context once more is known (the tenant, after the host is
 * resolved). Outside `withLogContext` there is no request, so nothing to add to.
 */
export function bindLogContext(context: LogContext): void {
  const current = storage.getStore()
  if (current) Object.assign(current, context)
}

export const currentLogContext = (): LogContext => storage.getStore() ?? {}

const requestIdPattern = /^[\w.:-]{1,64}$/

/**
 * The id of a request: the one a trusted front (load balancer, proxy) put in `x-request-id` when
 * it is a plain token (anything else could forge lines in the log), else a new one.
 */
export function requestIdFrom(headers: Headers): string {
  const given = headers.get('x-request-id')
  return given && requestIdPattern.test(given) ? given : crypto.randomUUID()
}
