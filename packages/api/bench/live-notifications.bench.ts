import { createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { createHeaderTestIdentity, testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { clients, notifications, users } from '@portail/db/schema'
import { createTestDatabase, twoTenantFixture } from '@portail/db/testing'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { notificationHubFor } from '../src/live/notification-hub'

/*
 * A notification to a live subscriber: the time from the insert (as a workflow writes it, through
 * withTenant as the system actor) to the event arriving on that client's SSE stream, with
 * SUBSCRIBERS clients of the business connected to one process, each on its own stream.
 * `pnpm --filter @portail/api bench`. Target (issue 13): p95 <= 50 ms for one notification.
 *
 * Subject: a real HTTP server (node:http) streaming handleTrpcRequest's answer, and SUBSCRIBERS
 * clients, each signed in (header test identity) as its own client, each holding
 * GET /api/trpc/notifications.onNotification open (server-sent events), read with node:http (no
 * EventSource of its own to count against the server). Path: insert + commit, NOTIFY, the one
 * LISTEN, the hub waking that client's subscriber only, its re-read under its own RLS context,
 * the SSE write, the client parsing the event.
 * Baseline, same run: the same measure with one subscriber connected, before the others connect;
 * the ratio (200 / 1) says what the other subscribers cost. Also printed: a burst (one
 * notification to every subscriber in one commit), which research/next-wave.md §3 found slow.
 * Postgres when DATABASE_URL is set, else PGlite.
 */

const SUBSCRIBERS = 200
const SAMPLES = 60
const rootDomain = 'portail.test'

const db = await createTestDatabase(async (admin) => {
  const f = await twoTenantFixture(admin)
  const readers: { userId: string; clientId: string }[] = []
  for (let i = 0; i < SUBSCRIBERS; i++) {
    const [user] = await admin.db
      .insert(users)
      .values({ externalId: `bench:reader-${i}`, email: `reader-${i}@bench.test`, name: `Reader ${i}` })
      .returning({ id: users.id })
    if (!user) throw new Error('user not created')
    const [client] = await admin.db
      .insert(clients)
      .values({ tenantId: f.a.id, userId: user.id, fullName: `Reader ${i}`, email: `reader-${i}@bench.test` })
      .returning({ id: clients.id })
    if (!client) throw new Error('client not created')
    readers.push({ userId: user.id, clientId: client.id })
  }
  return { tenant: f.a, readers }
})

// The app's HTTP entry, streamed as Next's route handler streams a Response.
const deps = { database: db.app, identity: createHeaderTestIdentity(), rootDomain }
async function serve(incoming: IncomingMessage, outgoing: ServerResponse) {
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  const abort = new AbortController()
  outgoing.on('close', () => abort.abort())
  const response = await handleTrpcRequest(
    new Request(`http://${headers.get('host') ?? ''}${incoming.url ?? '/'}`, { headers, signal: abort.signal }),
    deps,
  )
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  if (!response.body) return void outgoing.end()
  for await (const chunk of response.body) outgoing.write(chunk)
  outgoing.end()
}
const server = createServer((incoming, outgoing) => {
  serve(incoming, outgoing).catch((error: unknown) => {
    if (!abortedBy(error)) console.error(error)
    outgoing.destroy()
  })
})
const abortedBy = (error: unknown) => error instanceof Error && error.name === 'AbortError'
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo
const tenantHost = `${db.data.tenant.slug}.${rootDomain}`
const hub = notificationHubFor(db.app)

/** One client's open stream: resolves `arrival(id)` when the event of that notification comes. */
interface Stream {
  arrival(id: string): Promise<number>
  close(): void
}

function openStream(reader: { userId: string }): Stream {
  const waiting = new Map<string, (at: number) => void>()
  const arrived = new Map<string, number>()
  let buffer = ''
  const outgoing = request(
    {
      host: '127.0.0.1',
      port,
      path: '/api/trpc/notifications.onNotification',
      headers: { host: tenantHost, accept: 'text/event-stream', ...testIdentityHeadersFor({ userId: reader.userId }) },
    },
    (incoming) => {
      incoming.setEncoding('utf8')
      incoming.on('data', (chunk: string) => {
        const at = performance.now()
        buffer += chunk
        let end = buffer.indexOf('\n\n')
        while (end !== -1) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const id = /^id: (.+)$/m.exec(event)?.[1]
          if (id) {
            const resolve = waiting.get(id)
            if (resolve) resolve(at)
            else arrived.set(id, at)
          }
          end = buffer.indexOf('\n\n')
        }
      })
    },
  )
  outgoing.on('error', () => undefined)
  outgoing.end()
  return {
    arrival(id) {
      const at = arrived.get(id)
      if (at !== undefined) return Promise.resolve(at)
      return new Promise((resolve) => waiting.set(id, resolve))
    },
    close: () => outgoing.destroy(),
  }
}

/** Inserts one notification per client id, in one commit; their ids in the same order. */
async function notify(clientIds: string[]): Promise<string[]> {
  const rows = await db.app.withTenant({ actor: 'system', tenantId: db.data.tenant.id }, (tx) =>
    tx
      .insert(notifications)
      .values(
        clientIds.map((clientId) => ({
          tenantId: db.data.tenant.id,
          recipientKind: 'client' as const,
          clientId,
          kind: 'booking-reminder',
          params: { serviceName: 'Entretien', start: new Date().toISOString() },
        })),
      )
      .returning({ id: notifications.id }),
  )
  return rows.map((row) => row.id)
}

/** Waits until `count` subscribers are registered with the hub (their streams are open). */
async function subscribed(count: number) {
  while (hub.subscriberCount < count) await new Promise((resolve) => setImmediate(resolve))
}

/** Latency of single notifications to streams picked in turn, from before the insert to arrival. */
async function singles(streams: { stream: Stream; clientId: string }[], samples: number): Promise<number[]> {
  const latencies: number[] = []
  for (let i = 0; i < samples; i++) {
    const target = streams[i % streams.length]
    if (!target) throw new Error('no stream')
    const started = performance.now()
    const [id] = await notify([target.clientId])
    if (!id) throw new Error('not inserted')
    latencies.push((await target.stream.arrival(id)) - started)
  }
  return latencies
}

/** Every stream gets one notification (warms each subscriber up, and measures the burst). */
async function burst(streams: { stream: Stream; clientId: string }[]): Promise<{ p50: number; all: number }> {
  const started = performance.now()
  const ids = await notify(streams.map((each) => each.clientId))
  const arrivals = await Promise.all(
    streams.map((each, index) => each.stream.arrival(ids[index] ?? '').then((at) => at - started)),
  )
  return { p50: percentile(arrivals, 0.5), all: Math.max(...arrivals) }
}

/** The value below which `share` of the sorted values fall (nearest rank). */
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0
}
const line = (label: string, latencies: number[]) =>
  `${label.padEnd(40)} p50 ${percentile(latencies, 0.5).toFixed(1)} ms, p95 ${percentile(latencies, 0.95).toFixed(1)} ms (${latencies.length} samples)`

const streams: { stream: Stream; clientId: string }[] = []
try {
  const [first, ...others] = db.data.readers
  if (!first) throw new Error('no reader')
  streams.push({ stream: openStream(first), clientId: first.clientId })
  await subscribed(1)
  await burst(streams)
  // Warm-up: a server runs long after its JIT settles.
  await singles(streams, SAMPLES)
  const alone = await singles(streams, SAMPLES)

  for (const reader of others) streams.push({ stream: openStream(reader), clientId: reader.clientId })
  await subscribed(SUBSCRIBERS)
  const warm = await burst(streams)
  const crowd = await singles(streams, SAMPLES)

  const where = db.driver === 'postgres' ? 'Postgres (postgres.js)' : 'PGlite (in process)'
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
  console.log(`database: ${where}; server, ${SUBSCRIBERS} SSE clients and the writer in one process`)
  console.log(line('one notification, 1 subscriber', alone))
  console.log(line(`one notification, ${SUBSCRIBERS} subscribers`, crowd))
  console.log(
    `burst: ${SUBSCRIBERS} notifications in one commit, one per subscriber: p50 ${warm.p50.toFixed(0)} ms, all delivered in ${warm.all.toFixed(0)} ms`,
  )
  const p95 = percentile(crowd, 0.95)
  console.log(
    `live notification p95 at ${SUBSCRIBERS} subscribers: ${p95.toFixed(1)} ms (target <= 50 ms: ${p95 <= 50 ? 'met' : 'NOT met'}); ratio ${SUBSCRIBERS} / 1 subscriber: p50 ${(percentile(crowd, 0.5) / percentile(alone, 0.5)).toFixed(2)}, p95 ${(p95 / percentile(alone, 0.95)).toFixed(2)}`,
  )
} finally {
  for (const each of streams) each.stream.close()
  await new Promise((resolve) => server.close(resolve))
  await hub.close()
  await db.close()
}
