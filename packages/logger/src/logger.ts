import { createLogger, type Logger } from './create-logger'
import { readLoggerEnv } from './env'

// One logger per process, shared through globalThis: Next's bundles (proxy, routes, pages) each
// evaluate this module, and dev hot reload re-evaluates it.
const slot = Symbol.for('portail.logger')
type Holder = typeof globalThis & { [slot]?: Logger }

/** The process's logger, created on first use from LOG_LEVEL and NODE_ENV. */
export function getLogger(): Logger {
  const holder = globalThis as Holder
  holder[slot] ??= createLogger(readLoggerEnv())
  return holder[slot]
}

/** A child logger that names the part of the system a line comes from (`component=mail-relay`). */
export const loggerFor = (component: string): Logger => getLogger().child({ component })
