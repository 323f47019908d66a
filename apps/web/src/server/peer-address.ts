import { randomBytes, timingSafeEqual } from 'node:crypto'
import { IncomingMessage, Server } from 'node:http'
import { isIP } from 'node:net'
import { normalizeAddress } from '@portail/auth/rate-limit'

/**
 * The address at the other end of a request's TCP connection, for route handlers and the proxy.
 *
 * Next.js hands them a web Request without the socket. Its own server (base-server.js) fills
 * `x-forwarded-for` with the socket's address only when the request has none (`??=`), so a value
 * there may be the peer's or one the caller wrote: it cannot choose a rate-limit bucket. Instead,
 * every request the Node HTTP server of this process receives is stamped, before Next.js sees it,
 * with a header holding a per-process secret and the socket's address; any value the caller sent
 * under that name is overwritten. A handler believes the header only with the secret, so a request
 * that reached us before the stamp was installed (the first instants of start-up) has no peer
 * address rather than a forged one. The secret never leaves the process.
 *
 * Installed from instrumentation.ts (Next runs it at start-up in the server process); it patches
 * `http.Server.prototype.emit` for the 'request' event only, a public Node API, no Next internals.
 * Not covered: `next dev --experimental-https` (an https.Server), where peers read as unknown.
 */
export const peerHeader = 'x-portail-peer'

const slot = Symbol.for('portail.web.peer-address')

interface PeerStamp {
  secret: string
  installed: boolean
}

type Holder = typeof globalThis & { [slot]?: PeerStamp }

// On globalThis: instrumentation, the proxy and each route handler are separate bundles of one process.
function peerStamp(): PeerStamp {
  const holder = globalThis as Holder
  holder[slot] ??= { secret: randomBytes(24).toString('base64url'), installed: false }
  return holder[slot]
}

type Emit = (this: Server, event: string | symbol, ...args: unknown[]) => boolean

/** Stamps every request this process's HTTP servers receive from now on; idempotent. */
export function installPeerAddressStamp(): void {
  const stamp = peerStamp()
  if (stamp.installed) return
  stamp.installed = true
  const prototype = Server.prototype as unknown as { emit: Emit }
  const emit = prototype.emit
  prototype.emit = function (this: Server, event, ...args) {
    const [request] = args
    if (event === 'request' && request instanceof IncomingMessage) {
      request.headers[peerHeader] = `${stamp.secret} ${request.socket.remoteAddress ?? ''}`
    }
    return emit.call(this, event, ...args)
  }
}

/** The socket address of the request (an IPv4 peer of a dual-stack socket as IPv4), or null when the stamp is missing or was not ours. */
export function peerAddress(headers: Headers): string | null {
  const value = headers.get(peerHeader)
  if (!value) return null
  const separator = value.indexOf(' ')
  if (separator < 0) return null
  const given = Buffer.from(value.slice(0, separator))
  const expected = Buffer.from(peerStamp().secret)
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return null
  return normalizeAddress(value.slice(separator + 1))
}

/** 127.0.0.0/8 or ::1: the request came from this machine. */
export function isLoopback(address: string | null): boolean {
  if (!address) return false
  return address === '::1' || (isIP(address) === 4 && address.startsWith('127.'))
}
