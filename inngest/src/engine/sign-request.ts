import { createHmac } from 'node:crypto'
import { canonicalJson } from './canonical-json'

/**
 * The `x-inngest-signature` header Inngest's executor sends: `t=<unix seconds>&s=<hex HMAC-SHA256>`
 * of the canonical JSON body followed by the timestamp, keyed with the signing key minus its
 * `signkey-<env>-` prefix. The SDK refuses a timestamp more than five minutes from its wall clock,
 * so `nowMs` is the real time, never a test clock.
 */
export function signatureHeader(body: unknown, signingKey: string, nowMs: number = Date.now()): string {
  const timestamp = Math.round(nowMs / 1000).toString()
  const key = signingKey.replace(/^signkey-\w+-/, '')
  const mac = createHmac('sha256', key)
    .update(canonicalJson(body) + timestamp)
    .digest('hex')
  return `t=${timestamp}&s=${mac}`
}
