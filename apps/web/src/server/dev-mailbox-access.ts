import { type WebEnv, webEnv } from '~/env'
import { isDirectLoopbackRequest } from './direct-loopback'

/**
 * Whether the dev mailbox (its page and `/api/dev/mailbox/*`) may answer this request. It shows
 * every code and link sent to anyone, so whoever reads it can take over any account, the
 * operator's included. Hence three conditions: the dev sign-in runs; the build is not a
 * production one (PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION lets a test run sign in, not read others'
 * mail: the browser suite reads MAIL_FILES_DIR instead); and the request comes straight from
 * this machine, the developer's own browser (the socket's address, never a header's word).
 */
export function devMailboxOpen(headers: Headers, env: Pick<WebEnv, 'devAuth' | 'nodeEnv'> = webEnv()): boolean {
  return env.devAuth !== null && env.nodeEnv !== 'production' && isDirectLoopbackRequest(headers)
}
