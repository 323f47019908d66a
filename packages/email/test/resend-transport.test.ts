import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { createResendTransport, mailTransportFromEnv } from '../src/relay'

/** A stand-in for Resend's API on loopback: records each request and answers what the test says. */
interface Received {
  method: string
  url: string
  headers: IncomingHttpHeaders
  body: Record<string, unknown>
}
let server: Server
let baseUrl: string
let received: Received[] = []
let answer: { status: number; body: unknown } = { status: 200, body: { id: 'msg_1' } }

beforeAll(async () => {
  server = createServer((request, response) => {
    let raw = ''
    request.on('data', (chunk: Buffer) => (raw += chunk.toString()))
    request.on('end', () => {
      received.push({
        method: request.method ?? '',
        url: request.url ?? '',
        headers: request.headers,
        body: JSON.parse(raw || '{}') as Record<string, unknown>,
      })
      response.writeHead(answer.status, { 'content-type': 'application/json' })
      response.end(JSON.stringify(answer.body))
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})
afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())))
beforeEach(() => {
  received = []
})

const mail = {
  id: '0190f5e4-8a3b-7c1d-9e2f-123456789abc',
  to: 'ana@example.test',
  kind: 'sign-in-code',
  subject: 'Bonjour',
  text: 'Votre code : 123456',
  html: null,
}
const transport = () =>
  createResendTransport({ apiKey: 're_test_local', from: 'Portail <no-reply@portail.test>', baseUrl })

describe('the Resend transport', () => {
  it('posts the message with the outbox id as Idempotency-Key and returns Resend’s id', async () => {
    answer = { status: 200, body: { id: 'msg_42' } }
    expect(await transport().deliver(mail)).toEqual({ ok: true, providerMessageId: 'msg_42' })
    expect(received).toHaveLength(1)
    const [request] = received
    expect(request).toMatchObject({ method: 'POST', url: '/emails' })
    expect(request?.headers['idempotency-key']).toBe(mail.id)
    expect(request?.headers.authorization).toBe('Bearer re_test_local')
    expect(request?.body).toMatchObject({
      from: 'Portail <no-reply@portail.test>',
      to: 'ana@example.test',
      subject: 'Bonjour',
      text: 'Votre code : 123456',
    })
  })

  it('sends the HTML, the attachments with their content type and the headers, keyed by the outbox id', async () => {
    answer = { status: 200, body: { id: 'msg_full' } }
    const ics = Buffer.from('BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n').toString('base64')
    const full = {
      ...mail,
      id: '0190f5e4-8a3b-7c1d-9e2f-0000000000ff',
      html: '<p>Votre code : <b>123456</b></p>',
      attachments: [{ filename: 'rendez-vous.ics', contentType: 'text/calendar; method=REQUEST', contentBase64: ics }],
      headers: {
        'List-Unsubscribe': '<https://p.portail.test/api/unsubscribe?token=abc.def>',
        'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click',
      },
    }
    expect(await transport().deliver(full)).toEqual({ ok: true, providerMessageId: 'msg_full' })
    const [request] = received
    expect(request?.headers['idempotency-key']).toBe(full.id)
    expect(request?.body).toMatchObject({
      html: '<p>Votre code : <b>123456</b></p>',
      text: 'Votre code : 123456',
      headers: full.headers,
    })
    expect(request?.body.attachments).toEqual([
      { filename: 'rendez-vous.ics', content: ics, content_type: 'text/calendar; method=REQUEST' },
    ])
  })

  it('reports a 4xx refusal as permanent: retrying the same message cannot help', async () => {
    answer = { status: 422, body: { statusCode: 422, name: 'validation_error', message: 'Invalid `to` field.' } }
    const result = await transport().deliver(mail)
    expect(result).toMatchObject({ ok: false, permanent: true })
    expect(!result.ok && result.error).toContain('validation_error')
  })

  it('reports a 5xx, a rate limit and an unreachable server as worth retrying', async () => {
    answer = { status: 503, body: { statusCode: 503, name: 'internal_server_error', message: 'down' } }
    expect(await transport().deliver(mail)).toMatchObject({ ok: false, permanent: false })
    answer = { status: 429, body: { statusCode: 429, name: 'rate_limit_exceeded', message: 'slow down' } }
    expect(await transport().deliver(mail)).toMatchObject({ ok: false, permanent: false })
    const unreachable = createResendTransport({ apiKey: 're_x', from: 'a@portail.test', baseUrl: 'http://127.0.0.1:9' })
    expect(await unreachable.deliver(mail)).toMatchObject({ ok: false, permanent: false })
  })

  it('is the transport the environment picks when RESEND_API_KEY and MAIL_FROM are set', async () => {
    answer = { status: 200, body: { id: 'msg_env' } }
    const fromEnv = mailTransportFromEnv({
      RESEND_API_KEY: 're_env',
      MAIL_FROM: 'no-reply@portail.test',
      RESEND_BASE_URL: baseUrl,
    })
    expect(fromEnv.name).toBe('resend')
    expect(await fromEnv.deliver(mail)).toEqual({ ok: true, providerMessageId: 'msg_env' })
    expect(received[0]?.headers.authorization).toBe('Bearer re_env')
    expect(mailTransportFromEnv({}).name).toBe('local')
  })
})
