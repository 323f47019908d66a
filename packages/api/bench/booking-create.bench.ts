import { Agent, createServer, type IncomingMessage, request, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'
import { cpus } from 'node:os'
import { createHeaderTestIdentity, testIdentityHeadersFor } from '@portail/auth/header-test-identity'
import { slotsForDay } from '@portail/core/availability'
import { clients, memberships, staffServices, users, workingHours } from '@portail/db/schema'
import { createTestDatabase, twoTenantFixture } from '@portail/db/testing'
import { sql } from 'drizzle-orm'
import { handleTrpcRequest } from '../src/handle-trpc-request'
import { readBenchEnv } from './env'

/*
 * Issue 5, benchmark: booking create through HTTP and tRPC as a ratio of a raw SQL insert of the
 * same row on the same pool (target >= 0.5). `pnpm --filter @portail/api bench`.
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
 * CPU (undici's streams and promises, about 0.3 ms a request here) would be counted against the
 * server. Both paths warm up for a full round first: a server runs long after its JIT settles.
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
 * for every bench staff member, from two days ahead (past the minimum notice) to 55 (inside the
 * window), booked in order over HTTP. The raw insert checks no rule, so it takes its own slots
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
  for (let ahead = 2; ahead <= 55; ahead++) {
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
const rawFrom = Math.ceil((Date.now() + 365 * 24 * 60 * minute) / (24 * 60 * minute)) * 24 * 60 * minute
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
    JSON.stringify({
      json: {
        serviceId: db.data.tenant.serviceId,
        staffId: slot.staffId,
        start: slot.start,
        idempotencyKey: `bench-http-${keys++}`,
      },
    }),
  )
  if (response.status !== 200) throw new Error(`booking.create answered ${response.status}: ${response.body}`)
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

/** This process's CPU time (the server, the callers, postgres.js) per booking, over every round. */
const cpuPerBooking = { http: { micros: 0, bookings: 0 }, raw: { micros: 0, bookings: 0 } }

/** Bookings per second with every caller booking back to back for `durationMs`. */
async function throughput(
  book: (caller: { userId: string; clientId: string }) => Promise<unknown>,
  durationMs: number,
  cpu?: { micros: number; bookings: number },
) {
  let done = 0
  const started = performance.now()
  const cpuBefore = process.cpuUsage()
  const deadline = started + durationMs
  await Promise.all(
    db.data.callers.map(async (caller) => {
      while (performance.now() < deadline) {
        await book(caller)
        done++
      }
    }),
  )
  const used = process.cpuUsage(cpuBefore)
  if (cpu) {
    cpu.micros += used.user + used.system
    cpu.bookings += done
  }
  return done / ((performance.now() - started) / 1000)
}
const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}

try {
  await throughput(bookOverHttp, ROUND_MS)
  await throughput(insertRaw, ROUND_MS)
  const httpRuns: number[] = []
  const rawRuns: number[] = []
  for (let round = 0; round < ROUNDS; round++) {
    httpRuns.push(await throughput(bookOverHttp, ROUND_MS, cpuPerBooking.http))
    rawRuns.push(await throughput(insertRaw, ROUND_MS, cpuPerBooking.raw))
  }
  const fmt = (runs: number[]) =>
    `${median(runs).toFixed(0)} bookings/s (runs ${runs.map((run) => run.toFixed(0)).join(', ')})`
  const ratio = median(httpRuns) / median(rawRuns)
  const cpuMs = ({ micros, bookings }: { micros: number; bookings: number }) =>
    `${(micros / 1000 / Math.max(bookings, 1)).toFixed(2)} ms`
  const where =
    db.driver === 'postgres'
      ? `Postgres (DATABASE_URL), pool of ${POOL}`
      : 'PGlite (in process, one session: set DATABASE_URL for Postgres)'
  console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
  console.log(`database: ${where}; ${STAFF} staff, ${CALLERS} clients booking at once`)
  console.log(`raw SQL insert of the same row (withTenant, app role):  ${fmt(rawRuns)}`)
  console.log(`booking.create over HTTP + tRPC:                       ${fmt(httpRuns)}`)
  console.log(
    `this process's CPU per booking (server, callers, driver): HTTP ${cpuMs(cpuPerBooking.http)}, raw ${cpuMs(cpuPerBooking.raw)}`,
  )
  console.log(
    `booking create ratio (HTTP + tRPC / raw insert): ${ratio.toFixed(2)} (target >= 0.5: ${ratio >= 0.5 ? 'met' : 'NOT met'})`,
  )
} finally {
  agent.destroy()
  await new Promise((resolve) => server.close(resolve))
  await db.close()
}
