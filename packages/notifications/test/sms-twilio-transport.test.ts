import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { readSmsEnv } from '../src/sms/env'
import { smsTransportFromEnv } from '../src/sms/sms-transport-from-env'
import { localSmsTransport } from '../src/sms/transport'
import { createTwilioTransport } from '../src/sms/twilio-transport'

/** A stand-in for Twilio's REST API on loopback: records each request and answers what the test says. */
interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  form: URLSearchParams
}
let server: Server
let apiBase: string
let received: Received[] = []
let answer: { status: number; body: unknown } = { status: 201, body: {} }

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = ''
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        form: new URLSearchParams(raw),
      })
      response.writeHead(answer.status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  apiBase = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  received = []
})

const accountSid = `AC${'a1'.repeat(16)}`
const authToken = 'f0'.repeat(16)
const sms = { id: '0190f5e4-8a3b-7c1d-9e2f-123456789abc', to: '+15145550100', body: 'Rappel', kind: 'booking-reminder' }
const transport = (from = '+14385550199') =>
  createTwilioTransport({
    accountSid,
    authToken,
    from,
    statusCallbackUrl: 'https://portail.example/api/webhooks/twilio/status',
    apiBase,
  })

const created = (sid: string) => ({
  sid,
  status: 'queued',
  to: sms.to,
  from: '+14385550199',
  body: sms.body,
  account_sid: accountSid,
})

describe('the Twilio transport', () => {
  it('posts the message to the account’s Messages resource with Basic auth and returns its SID', async () => {
    answer = { status: 201, body: created('SM0123456789abcdef0123456789abcdef') }
    expect(await transport().send(sms)).toEqual({ ok: true, providerMessageId: 'SM0123456789abcdef0123456789abcdef' })
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request).toMatchObject({ method: 'POST', url: `/2010-04-01/Accounts/${accountSid}/Messages.json` })
    expect(request?.headers.authorization).toBe(`Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`)
    expect(Object.fromEntries(request?.form ?? [])).toEqual({
      To: '+15145550100',
      From: '+14385550199',
      Body: 'Rappel',
      StatusCallback: 'https://portail.example/api/webhooks/twilio/status',
    })
  })

  it('sends through a Messaging Service when the sender is one', async () => {
    answer = { status: 201, body: created('SM1') }
    await transport(`MG${'b2'.repeat(16)}`).send(sms)
    expect(received[0]?.form.get('MessagingServiceSid')).toBe(`MG${'b2'.repeat(16)}`)
    expect(received[0]?.form.has('From')).toBe(false)
  })

  it('gives up on a refused number (400 21211) and on bad credentials (401 20003)', async () => {
    answer = {
      status: 400,
      body: { code: 21211, message: "The 'To' number is not a valid phone number.", status: 400 },
    }
    expect(await transport().send(sms)).toEqual({
      ok: false,
      permanent: true,
      error: "twilio 400 21211: The 'To' number is not a valid phone number.",
    })
    answer = { status: 401, body: { code: 20003, message: 'Authenticate', status: 401 } }
    expect(await transport().send(sms)).toMatchObject({
      ok: false,
      permanent: true,
      error: 'twilio 401 20003: Authenticate',
    })
  })

  it('asks for another attempt on 429 and 5xx, and when Twilio cannot be reached', async () => {
    answer = { status: 429, body: { code: 20429, message: 'Too Many Requests', status: 429 } }
    expect(await transport().send(sms)).toMatchObject({ ok: false, permanent: false })
    answer = { status: 503, body: { code: 20500, message: 'Service unavailable', status: 503 } }
    expect(await transport().send(sms)).toMatchObject({ ok: false, permanent: false })
    const unreachable = createTwilioTransport({
      accountSid,
      authToken,
      from: '+14385550199',
      apiBase: 'http://127.0.0.1:9',
    })
    const result = await unreachable.send(sms)
    expect(result).toMatchObject({ ok: false, permanent: false })
    expect(result.ok ? '' : result.error).toMatch(/^twilio network/)
  })
})

describe('the SMS configuration', () => {
  it('is the local outbox when no Twilio variable is set', () => {
    expect(readSmsEnv({})).toEqual({ transport: 'local' })
    expect(smsTransportFromEnv({})).toBe(localSmsTransport)
  })

  it('names what is missing from half a Twilio configuration', () => {
    expect(() => readSmsEnv({ TWILIO_ACCOUNT_SID: accountSid })).toThrow(
      'Twilio SMS needs TWILIO_ACCOUNT_SID, TWILIO_AUTH_TOKEN, TWILIO_FROM together: TWILIO_AUTH_TOKEN, TWILIO_FROM missing.',
    )
  })

  it('refuses malformed values with the variable’s name', () => {
    const good = { TWILIO_ACCOUNT_SID: accountSid, TWILIO_AUTH_TOKEN: authToken, TWILIO_FROM: '+14385550199' }
    expect(() => readSmsEnv({ ...good, TWILIO_ACCOUNT_SID: 'AC123' })).toThrow(/TWILIO_ACCOUNT_SID/)
    expect(() => readSmsEnv({ ...good, TWILIO_AUTH_TOKEN: 'secret' })).toThrow(/TWILIO_AUTH_TOKEN/)
    expect(() => readSmsEnv({ ...good, TWILIO_FROM: '514 555-0100' })).toThrow(/TWILIO_FROM/)
    expect(() => readSmsEnv({ ...good, TWILIO_STATUS_CALLBACK_URL: 'http://x.example/s' })).toThrow(
      /TWILIO_STATUS_CALLBACK_URL/,
    )
    expect(readSmsEnv(good)).toMatchObject({ transport: 'twilio', from: '+14385550199', statusCallbackUrl: undefined })
    expect(smsTransportFromEnv(good).name).toBe('twilio')
  })
})
