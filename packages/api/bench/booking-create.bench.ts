import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { createHeaderTestIdentity, testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { slotsForDay } from '@portail/core/availability'
import { createBooking } from '@portail/core/booking'
import { clients, memberships, staffServices, tenants, users, workingHours } from '@portail/db/schema'
import { createTestDatabase, twoTenantFixture } from '@portail/db/testing'
import { eq, sql } from 'drizzle-orm'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { readBenchEnv } from './env'

/*
 * Booking create through HTTP and tRPC as a ratio of a raw SQL insert of the same row on the same
 * pool, and each path's p95 latency at CALLERS callers. `pnpm --filter @portail/api bench`.
 * A regression guard (>= 0.08, restated by issue 11 from issue 5's 0.5): the raw insert is one
 * statement, the booking a request with identity, a re-check of rules and bookings, audit and
 * outbox, so the ratio says how much of that work grew, not how fast a booking feels; the p95
 * printed beside it says that.
 *
 * Subject: a real HTTP server (node:http) serving handleTrpcRequest, and CALLERS clients, each
 * signed in (header test identity) as its own client of the tenant, booking distinct free slots
 * with POST /api/trpc/booking.create on the tenant's Host: host -> tenant, identity -> actor, input
 * checks, the slot re-check against rules and bookings, insert, audit and outbox.
 * Baseline: the same insert (same columns and values) as one SQL statement through withTenant as
 * that client, on the same pool of the app's login role. Rounds alternate so load hits both; the
 * ratio of medians is printed last. Postgres when DATABASE_URL is set, else PGlite.
 *
 * The callers share the process with the server, as a load generator shares the machine, so they
 * use node:http with kept-alive connections (what autocannon does) rather than fetch, whose own
 * streams and promises would be counted against the server. Every path warms up for a full round
 * first: a server runs long after its JIT settles.
 *
 * Between the two, the steps of research/reliability-performance.md B7 R1, each measured the same
 * way: createBooking called directly (core: re-check and insert, no request), and the tRPC handler
 * called with a Request in process (adds context resolution and tRPC, no socket).
 */

const STAFF = 40
const CALLERS = 16
const POOL = 8
const ROUNDS = 5
const ROUND_MS = readBenchEnv().BENCH_ROUND_MS
const rootDomain = 'portail.test'
const timeZone = 'America/Toronto'
const minute = 60_000

const db = await createTestDatabase(
  async (admin) => {
    const f = await twoTenantFixture(admin)
    // A year of bookable days, so the three booking paths never run out of free slots.
    await admin.db.update(tenants).set({ bookingMaxAdvanceDays: 365 }).where(eq(tenants.id, f.a.id))
    const staffIds: string[] = []
    for (let i = 0; i < STAFF; i++) {
      const [user] = await admin.db
        .insert(users)
        .values({ externalId: `bench:staff-${i}`, email: `staff-${i}@bench.test`, name: `Staff ${i}` })
        .returning({ id: users.id })
      if (!user) throw new Error('user not created')
      const [member] = await admin.db
        .insert(memberships)
        .values({ tenantId: f.a.id, userId: user.id, role: 'staff' })
        .returning({ id: memberships.id })
      if (!member) throw new Error('membership not created')
      await admin.db
        .insert(staffServices)
        .values({ tenantId: f.a.id, membershipId: member.id, serviceId: f.a.serviceId })
      await admin.db.insert(workingHours).values(
        [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({
          tenantId: f.a.id,
          membershipId: member.id,
          weekday,
          startTime: '08:00',
          endTime: '20:00',
        })),
      )
      staffIds.push(member.id)
    }
    const callers: { userId: string; clientId: string }[] = []
    for (let i = 0; i < CALLERS; i++) {
      const [user] = await admin.db
        .insert(users)
        .values({ externalId: `bench:client-${i}`, email: `client-${i}@bench.test`, name: `Client ${i}` })
        .returning({ id: users.id })
      if (!user) throw new Error('user not created')
      const [client] = await admin.db
        .insert(clients)
        .values({ tenantId: f.a.id, userId: user.id, fullName: `Client ${i}`, email: `client-${i}@bench.test` })
        .returning({ id: clients.id })
      if (!client) throw new Error('client not created')
      callers.push({ userId: user.id, clientId: client.id })
    }
    return { tenant: f.a, staffIds, callers }
  },
  { poolMax: POOL },
)

/**
 * Starts no two of which overlap with their buffers (60 min + 10 + 10 every 90 min, 08:00-18:30),
 * for every bench staff member, from two days ahead (past the minimum notice) to 360 (inside the
 * window the setup opens), booked in order by the three booking paths. The raw insert checks no rule, so it takes its own slots
 * a year ahead, staff member after staff member, as many as it needs: it never uses up the
 * HTTP path's slots, and its rows are outside the busy time the HTTP path reads.
 */
const slots: { staffId: string; start: string }[] = []
{
  const schedule = {
    staffId: 'x',
    weeklyHours: [1, 2, 3, 4, 5, 6, 7].map((weekday) => ({ weekday, startTime: '08:00', endTime: '20:00' })),
    overrides: [],
    busy: [],
  }
  const rules = {
    timeZone,
    durationMinutes: 60,
    bufferBeforeMinutes: 10,
    bufferAfterMinutes: 10,
    slotIntervalMinutes: 90,
    minNoticeMinutes: 0,
    maxAdvanceDays: 365,
    now: Date.now(),
  }
  for (let ahead = 2; ahead <= 360; ahead++) {
    const date = new Intl.DateTimeFormat('en-CA', { timeZone }).format(Date.now() + ahead * 24 * 60 * minute)
    for (const slot of slotsForDay([schedule], rules, date))
      for (const staffId of db.data.staffIds) slots.push({ staffId, start: slot.start })
  }
}
let nextHttp = 0
const takeSlot = () => {
  const slot = slots[nextHttp++]
  if (!slot) throw new Error('the bench ran out of free slots: shorten BENCH_ROUND_MS')
  return slot
}
const rawFrom = Math.ceil((Date.now() + 400 * 24 * 60 * minute) / (24 * 60 * minute)) * 24 * 60 * minute
let nextRaw = 0
const takeRawSlot = () => {
  const index = nextRaw++
  const staffId = db.data.staffIds[index % db.data.staffIds.length]
  if (!staffId) throw new Error('no staff')
  const start = rawFrom + Math.floor(index / db.data.staffIds.length) * 90 * minute
  return { staffId, start: new Date(start).toISOString() }
}

// The app's HTTP entry, as Next's route handler gives it a Request.
const deps = { database: db.app, identity: createHeaderTestIdentity(), rootDomain }
async function serve(incoming: IncomingMessage, outgoing: ServerResponse) {
  const chunks: Buffer[] = []
  for await (const chunk of incoming) chunks.push(chunk as Buffer)
  const headers = new Headers()
  for (const [name, value] of Object.entries(incoming.headers)) if (typeof value === 'string') headers.set(name, value)
  const response = await handleTrpcRequest(
    new Request(`http://${headers.get('host') ?? ''}${incoming.url ?? '/'}`, {
      method: incoming.method,
      headers,
      body: chunks.length ? Buffer.concat(chunks) : undefined,
    }),
    deps,
  )
  outgoing.writeHead(response.status, Object.fromEntries(response.headers))
  outgoing.end(Buffer.from(await response.arrayBuffer()))
}
const server = createServer((incoming, outgoing) => {
  serve(incoming, outgoing).catch((error: unknown) => {
    console.error(error)
    outgoing.writeHead(500).end()
  })
})
// The callers' kept-alive connections sit idle while the other paths run their rounds, longer than
// Node's 5 s default on a busy machine; a connection the server closed as the next request left
// on it resets that request (ECONNRESET, seen here).
server.keepAliveTimeout = 120_000
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
const { port } = server.address() as AddressInfo
const tenantHost = `${db.data.tenant.slug}.${rootDomain}`
const agent = new Agent({ keepAlive: true, maxSockets: CALLERS })

/** POST a JSON body on a kept-alive connection; the status and the body as text. */
function post(path: string, headers: Record<string, string>, body: string) {
  return new Promise<{ status: number; body: string }>((resolve, reject) => {
    const outgoing = request(
      {
        agent,
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { ...headers, 'content-length': Buffer.byteLength(body) },
      },
      (incoming) => {
        const chunks: Buffer[] = []
        incoming.on('data', (chunk: Buffer) => chunks.push(chunk))
        incoming.on('end', () => resolve({ status: incoming.statusCode ?? 0, body: Buffer.concat(chunks).toString() }))
        incoming.on('error', reject)
      },
    )
    outgoing.on('error', reject)
    outgoing.end(body)
  })
}

let keys = 0
async function bookOverHttp(caller: { userId: string }) {
  const slot = takeSlot()
  const response = await post(
    '/api/trpc/booking.create',
    {
      host: tenantHost,
      'content-type': 'application/json',
      'accept-language': 'fr-CA',
      ...testIdentityHeadersFor({ userId: caller.userId }),
    },
    JSON.stringify({ json: bookingInput(slot) }),
  )
  if (response.status !== 200) throw new Error(`booking.create answered ${response.status}: ${response.body}`)
}

const bookingInput = (slot: { staffId: string; start: string }) => ({
  serviceId: db.data.tenant.serviceId,
  optionIds: [],
  staffId: slot.staffId,
  start: slot.start,
  idempotencyKey: `bench-key-${keys++}`,
})

/** The core function alone: the slot re-check and the insert, no request around them. */
async function bookInCore(caller: { userId: string; clientId: string }) {
  await createBooking(db.app, { tenantId: db.data.tenant.id, ...caller }, bookingInput(takeSlot()))
}

/** The tRPC handler with a Request made in process: context resolution and tRPC, no socket. */
async function bookThroughHandler(caller: { userId: string }) {
  const response = await handleTrpcRequest(
    new Request(`http://${tenantHost}/api/trpc/booking.create`, {
      method: 'POST',
      headers: {
        host: tenantHost,
        'content-type': 'application/json',
        'accept-language': 'fr-CA',
        ...testIdentityHeadersFor({ userId: caller.userId }),
      },
      body: JSON.stringify({ json: bookingInput(takeSlot()) }),
    }),
    deps,
  )
  if (response.status !== 200) throw new Error(`booking.create answered ${response.status}: ${await response.text()}`)
}

// The row booking.create writes for this service (no options, no payment rule), as one statement.
const snapshot = JSON.stringify({
  service: {
    nameFr: 'Entretien Alpha',
    nameEn: 'Maintenance Alpha',
    durationMinutes: 60,
    priceCents: 12000,
    currency: 'CAD',
  },
  options: [],
  totalCents: 12000,
  paymentRule: 'none',
  depositCents: null,
  policy: { freeCancelHours: 24, lateCancelFeePercent: 0, lateCancelKeepsDeposit: false, maxReschedules: 2 },
})
async function insertRaw(caller: { userId: string; clientId: string }) {
  const slot = takeRawSlot()
  const start = Date.parse(slot.start)
  const ctx = {
    actor: 'client' as const,
    tenantId: db.data.tenant.id,
    userId: caller.userId,
    clientId: caller.clientId,
  }
  await db.app.withTenant(ctx, (tx) =>
    tx.execute(sql`insert into bookings (tenant_id, client_id, membership_id, service_id, starts_at, ends_at,
      buffer_before_minutes, buffer_after_minutes, blocked_from, blocked_until, status, price_cents, currency,
      snapshot, service_address, notes, locale, idempotency_key, hold_expires_at, created_by_user_id)
      values (${db.data.tenant.id}, ${caller.clientId}, ${slot.staffId}, ${db.data.tenant.serviceId},
      ${new Date(start).toISOString()}, ${new Date(start + 60 * minute).toISOString()}, 10, 10,
      ${new Date(start - 10 * minute).toISOString()}, ${new Date(start + 70 * minute).toISOString()}, 'confirmed', 12000, 'CAD',
      ${snapshot}::jsonb, null, null, 'fr', ${`bench-raw-${keys++}`}, null, ${caller.userId}) returning id`),
  )
}

interface Path {
  label: string
  book: (caller: { userId: string; clientId: string }) => Promise<unknown>
  runs: number[]
  /** This process's CPU time (server, callers, postgres.js) over every measured round. */
  cpu: { micros: number; bookings: number }
  /** Each measured booking's latency, in ms, from its caller's side. */
  latencies: number[]
}
const path = (label: string, book: Path['book']): Path => ({
  label,
  book,
  runs: [],
  cpu: { micros: 0, bookings: 0 },
  latencies: [],
})
const raw = path('raw SQL insert of the same row (withTenant, app role)', insertRaw)
const core = path('  createBooking called directly (core)', bookInCore)
const handler = path('  + context and tRPC (handler, no socket)', bookThroughHandler)
const http = path('booking.create over HTTP + tRPC', bookOverHttp)
const paths = [http, raw, core, handler]

/** Bookings per second with every caller booking back to back for `durationMs`. */
async function throughput({ book, cpu, latencies }: Path, durationMs: number, measured: boolean) {
  let done = 0
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const deadline = started + durationMs
  await Promise.all(
    db.data.callers.map(async (caller) => {
      while (performance.now() < deadline) {
        const sent = performance.now()
        await book(caller)
        if (measured) latencies.push(performance.now() - sent)
        done++
      }
    }),
  )
  const used = process.cpuUsage(cpuBefore)
  if (measured) {
    cpu.micros += used.user + used.system
    cpu.bookings += done
  }
  return done / ((performance.now() - started) / 1000)
}
/** The value below which `share` of the sorted values fall (nearest rank). */
const percentile = (values: number[], share: number) => {
  const sorted = [...values].sort((x, y) => x - y)
  return sorted[Math.max(0, Math.ceil(share * sorted.length) - 1)] ?? 0
}
const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

try {
  for (const each of paths) await throughput(each, ROUND_MS, false)
  for (let round = 0; round < ROUNDS; round++) {
    for (const each of paths) each.runs.push(await throughput(each, ROUND_MS, true))
  }
  const where =
    db.driver === 'postgres'
      ? `Postgres (DATABASE_URL), pool of ${POOL}`
      : 'PGlite (in process, one session: set DATABASE_URL for Postgres)'
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
  console.log(`database: ${where}; ${STAFF} staff, ${CALLERS} clients booking at once`)
  for (const each of [raw, core, handler, http]) {
    const cpu = (each.cpu.micros / 1000 / Math.max(each.cpu.bookings, 1)).toFixed(2)
    const latency = `p50 ${percentile(each.latencies, 0.5).toFixed(1)} ms, p95 ${percentile(each.latencies, 0.95).toFixed(1)} ms`
    console.log(
      `${each.label.padEnd(54)} ${median(each.runs).toFixed(0).padStart(5)} bookings/s (runs ${each.runs.map((run) => run.toFixed(0)).join(', ')}), ratio ${(median(each.runs) / median(raw.runs)).toFixed(2)}, ${latency}, this process's CPU ${cpu} ms/booking`,
    )
  }
  const ratio = median(http.runs) / median(raw.runs)
  console.log(
    `booking create ratio (HTTP + tRPC / raw insert): ${ratio.toFixed(2)} (regression guard >= 0.08: ${ratio >= 0.08 ? 'met' : 'NOT met'}); p95 at ${CALLERS} callers ${percentile(http.latencies, 0.95).toFixed(1)} ms`,
  )
} finally {
  agent.destroy()
  await new Promise((resolve) => server.close(resolve))
  await db.close()
}
