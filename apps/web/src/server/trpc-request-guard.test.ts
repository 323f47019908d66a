import { describe, expect, it } from 'vitest'
import { checkTrpcRequest, type TrpcRequestFacts, trpcRequestFacts } from './trpc-request-guard'

const sameOriginPost: TrpcRequestFacts = {
  method: 'POST',
  protocol: 'https:',
  host: 'alpha.portail.ca',
  origin: 'https://alpha.portail.ca',
  contentType: 'application/json',
}

const verdict = (changes: Partial<TrpcRequestFacts>) => checkTrpcRequest({ ...sameOriginPost, ...changes })

describe('checkTrpcRequest', () => {
  it('lets a same-origin JSON POST through, with or without a charset', () => {
    expect(verdict({})).toEqual({ allowed: true })
    expect(verdict({ contentType: 'application/json; charset=utf-8' })).toEqual({ allowed: true })
  })

  it('lets a same-origin file upload (application/octet-stream) through, not from another origin', () => {
    expect(verdict({ contentType: 'application/octet-stream' })).toEqual({ allowed: true })
    expect(verdict({ contentType: 'application/octet-stream', origin: 'https://evil.example' })).toMatchObject({
      status: 403,
    })
  })

  it('refuses a POST from another origin, or naming none, with 403 in both languages', () => {
    for (const origin of [
      'https://evil.example',
      'https://bravo.portail.ca',
      'https://portail.ca',
      'http://alpha.portail.ca',
      'https://alpha.portail.ca:8443',
      'null',
      null,
    ]) {
      const result = verdict({ origin })
      expect(result, String(origin)).toMatchObject({ allowed: false, status: 403, appCode: 'CROSS_ORIGIN_REFUSED' })
      if (!result.allowed) expect(result.message).toMatch(/Requête refusée.*Request refused/)
    }
  })

  it('refuses a POST without a Host to compare with', () => {
    expect(verdict({ host: null })).toMatchObject({ allowed: false, status: 403 })
  })

  it('refuses bodies a plain HTML form can send, with 415', () => {
    for (const contentType of [
      'text/plain',
      'application/x-www-form-urlencoded',
      'multipart/form-data; boundary=x',
      'image/png',
      null,
    ]) {
      expect(verdict({ contentType }), String(contentType)).toMatchObject({ allowed: false, status: 415 })
    }
  })

  it('judges the origin before the body type, so a forged form gets 403', () => {
    expect(verdict({ origin: 'https://evil.example', contentType: 'text/plain' })).toMatchObject({ status: 403 })
  })

  it('leaves GET queries to tRPC, which serves no mutation over GET', () => {
    expect(verdict({ method: 'GET', origin: null, contentType: null })).toEqual({ allowed: true })
  })

  it('compares the Host case-insensitively, as browsers lower-case the Origin', () => {
    expect(verdict({ host: 'Alpha.Portail.CA' })).toEqual({ allowed: true })
  })
})

describe('trpcRequestFacts', () => {
  it('reads the scheme from the URL the server built and the rest from the headers', () => {
    const request = new Request('https://alpha.portail.ca/api/trpc/staff.clients.create', {
      method: 'post',
      headers: { host: 'alpha.portail.ca', origin: 'https://alpha.portail.ca', 'content-type': 'application/json' },
    })
    expect(checkTrpcRequest(trpcRequestFacts(request))).toEqual({ allowed: true })
    const plainHttp = new Request('http://alpha.portail.ca/api/trpc/x', {
      method: 'POST',
      headers: { host: 'alpha.portail.ca', origin: 'https://alpha.portail.ca', 'content-type': 'application/json' },
    })
    expect(checkTrpcRequest(trpcRequestFacts(plainHttp))).toMatchObject({ allowed: false, status: 403 })
  })
})
