import { isLoopback, peerAddress } from './peer-address'

/** Headers by which a proxy or tunnel says it relays someone else's request. */
const relayHeaders = ['forwarded', 'x-real-ip'] as const

const unmapped = (address: string) => {
  const value = address.trim().toLowerCase()
  return value.startsWith('::ffff:') ? value.slice(7) : value
}

/**
 * True when a request comes straight from this machine: its socket peer is a loopback address
 * (the per-process stamp of server/peer-address.ts, which no header can forge) and nothing says
 * it relays another client. The second part matters for a tunnel or reverse proxy running on the
 * same machine (ngrok, cloudflared, nginx): their connections come from loopback too, but they
 * name the real client in `x-forwarded-for`, `forwarded` or `x-real-ip`. Next fills an absent
 * `x-forwarded-for` with the socket's own address, so that value (or a local caller writing its
 * own loopback address) is the only one accepted there.
 */
export function isDirectLoopbackRequest(headers: Headers): boolean {
  const peer = peerAddress(headers)
  if (!peer || !isLoopback(peer)) return false
  if (relayHeaders.some((name) => headers.has(name))) return false
  const forwardedFor = headers.get('x-forwarded-for')
  if (forwardedFor === null) return true
  return forwardedFor.split(',').every((hop) => unmapped(hop) === peer)
}
