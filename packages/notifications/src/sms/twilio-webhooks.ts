import type { ActorContext, Database } from '@portail/db'
import { clients, messageDeliveries, providerWebhookEvents } from '@portail/db/schema'
import { and, eq, inArray } from 'drizzle-orm'
import { toE164 } from './phone'
import { isSignedByTwilio, publicUrlOf, twilioSignatureHeader } from './twilio-signature'

/** Provider webhooks act as this tenant-less actor: delivery statuses and opt-outs, nothing else. */
const deliveryStatusActor: ActorContext = { actor: 'deliveryStatus', tenantId: null }

export interface TwilioWebhookOptions {
  database: Database
  authToken: string
  now?: () => Date
}

/** What a status callback did: applied, a replay (applied before), or about no message of ours. */
export type StatusCallbackResult = 'applied' | 'replayed' | 'unknown' | 'ignored'

/** Twilio's message statuses that move the delivery log, and where each moves it. */
const logStatusOf: Record<string, 'sent' | 'delivered' | 'failed' | undefined> = {
  sent: 'sent',
  delivered: 'delivered',
  undelivered: 'failed',
  failed: 'failed',
}

/**
 * The statuses a delivery may move from to each new one: forward only, so callbacks arriving out
 * of order (Twilio does not promise their order) never undo a later one: a `sent` after
 * `delivered` changes nothing, and delivered and failed are final.
 */
const movableFrom = {
  sent: ['queued', 'deferred'],
  delivered: ['queued', 'deferred', 'sent'],
  failed: ['queued', 'deferred', 'sent'],
} as const

/**
 * A status callback (the StatusCallback URL of each message): `MessageSid` and `MessageStatus`,
 * applied to the delivery log row with that provider id, once (the pair is the event's id), as
 * the deliveryStatus actor. A message we do not know yet (its SID is recorded by the relay right
 * after Twilio accepted it, a callback can overtake that) is left unrecorded: nothing to apply.
 */
export async function applyTwilioStatus(
  database: Database,
  params: Record<string, string>,
  now: Date = new Date(),
): Promise<StatusCallbackResult> {
  const sid = params.MessageSid ?? ''
  const status = logStatusOf[params.MessageStatus ?? '']
  if (!/^(SM|MM)[0-9a-f]{32}$/.test(sid) || !status) return 'ignored'
  return database.withTenant(deliveryStatusActor, async (tx) => {
    const ours = eq(messageDeliveries.providerMessageId, sid)
    const [known] = await tx
      .select({ id: messageDeliveries.id })
      .from(messageDeliveries)
      .where(and(ours, eq(messageDeliveries.channel, 'sms')))
      .limit(1)
    if (!known) return 'unknown'
    const first = await tx
      .insert(providerWebhookEvents)
      .values({ provider: 'twilio', eventId: `${sid}:${params.MessageStatus ?? ''}` })
      .onConflictDoNothing()
      .returning({ eventId: providerWebhookEvents.eventId })
    if (first.length === 0) return 'replayed'
    const errorCode = params.ErrorCode?.slice(0, 10)
    await tx
      .update(messageDeliveries)
      .set({
        status,
        statusAt: now,
        updatedAt: now,
        ...(status === 'delivered' ? { deliveredAt: now } : {}),
        ...(status === 'failed'
          ? { lastError: `twilio ${params.MessageStatus ?? ''}${errorCode ? ` ${errorCode}` : ''}` }
          : {}),
      })
      .where(
        and(ours, eq(messageDeliveries.channel, 'sms'), inArray(messageDeliveries.status, [...movableFrom[status]])),
      )
    return 'applied'
  })
}

/** The words that stop texts (Twilio's own list, plus French), and those that start them again. */
const stopWords = new Set(['STOP', 'STOPALL', 'ARRET', 'ARRÊT', 'UNSUBSCRIBE', 'CANCEL', 'END', 'QUIT', 'OPTOUT'])
const startWords = new Set(['START', 'UNSTOP', 'DEBUT', 'DÉBUT'])

/** The keyword a text is, if it is only one ("Stop.", " arrêt " count; "stop by at 3" does not). */
function keywordOf(body: string): 'stop' | 'start' | null {
  const word = body
    .trim()
    .replace(/[\s.!]+$/u, '')
    .toLocaleUpperCase('fr-CA')
  if (stopWords.has(word)) return 'stop'
  if (startWords.has(word)) return 'start'
  return null
}

export interface InboundResult {
  keyword: 'stop' | 'start' | null
  /** Client records of that number changed, in every business. */
  clients: number
  replayed: boolean
}

/**
 * An inbound text to our number. STOP (ARRÊT, ARRET, UNSUBSCRIBE…) sets sms_opted_out_at on every
 * client record with that number, START lifts it: the number is ours for every business (one
 * sender), and Twilio itself stops delivering to a number that said STOP until it says START, so
 * the records follow what the carrier does. Applied once per message (its SID).
 */
export async function applyInboundSms(
  database: Database,
  params: Record<string, string>,
  now: Date = new Date(),
): Promise<InboundResult> {
  const keyword = keywordOf(params.Body ?? '')
  const phone = toE164(params.From ?? '')
  const sid = params.MessageSid ?? ''
  if (!keyword || !phone || !/^(SM|MM)[0-9a-f]{32}$/.test(sid)) return { keyword: null, clients: 0, replayed: false }
  return database.withTenant(deliveryStatusActor, async (tx) => {
    const first = await tx
      .insert(providerWebhookEvents)
      .values({ provider: 'twilio', eventId: sid })
      .onConflictDoNothing()
      .returning({ eventId: providerWebhookEvents.eventId })
    if (first.length === 0) return { keyword, clients: 0, replayed: true }
    const changed = await tx
      .update(clients)
      .set({ smsOptedOutAt: keyword === 'stop' ? now : null })
      .where(eq(clients.phone, phone))
      .returning({ id: clients.id })
    return { keyword, clients: changed.length, replayed: false }
  })
}

const emptyTwiml = '<?xml version="1.0" encoding="UTF-8"?><Response></Response>'
const noStore = { 'cache-control': 'no-store' }

/** The form parameters of a webhook POST, bounded: Twilio's are a few hundred bytes. */
async function formOf(request: Request): Promise<Record<string, string> | null> {
  const type = request.headers.get('content-type') ?? ''
  if (!type.startsWith('application/x-www-form-urlencoded')) return null
  const text = await request.text()
  if (text.length > 64 * 1024) return null
  return Object.fromEntries(new URLSearchParams(text))
}

/** Reads and verifies a webhook request: its parameters, or the refusal to answer. */
async function verified(request: Request, authToken: string): Promise<Record<string, string> | Response> {
  const params = await formOf(request)
  if (!params) return new Response(null, { status: 415, headers: noStore })
  if (!isSignedByTwilio(authToken, request.headers.get(twilioSignatureHeader), publicUrlOf(request), params)) {
    return new Response(null, { status: 403, headers: noStore })
  }
  return params
}

/** POST /api/webhooks/twilio/status: a message's delivery status. 403 unless Twilio signed it. */
export async function handleTwilioStatusCallback(request: Request, options: TwilioWebhookOptions): Promise<Response> {
  const params = await verified(request, options.authToken)
  if (params instanceof Response) return params
  await applyTwilioStatus(options.database, params, (options.now ?? (() => new Date()))())
  return new Response(null, { status: 204, headers: noStore })
}

/**
 * POST /api/webhooks/twilio/inbound: a text someone sent our number. Answers empty TwiML: Twilio's
 * opt-out handling replies to STOP and START itself, and we send nothing else.
 */
export async function handleTwilioInbound(request: Request, options: TwilioWebhookOptions): Promise<Response> {
  const params = await verified(request, options.authToken)
  if (params instanceof Response) return params
  await applyInboundSms(options.database, params, (options.now ?? (() => new Date()))())
  return new Response(emptyTwiml, { headers: { 'content-type': 'text/xml; charset=utf-8', ...noStore } })
}
