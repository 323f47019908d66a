import { createServer, type IncomingHttpHeaders, type Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest'
import { s3FileStorage } from '../src/index'

interface RecordedRequest {
  method: string
  path: string
  headers: IncomingHttpHeaders
  body: Buffer
}

/** A stand-in for S3 on loopback: records each request, keeps PUT objects and serves them back. */
let server: Server
let endpoint: string
const requests: RecordedRequest[] = []
const objects = new Map<string, { body: Buffer; contentType: string }>()

beforeAll(async () => {
  server = createServer((request, response) => {
    const chunks: Buffer[] = []
    request.on('data', (chunk: Buffer) => chunks.push(chunk))
    request.on('end', () => {
      const path = new URL(request.url ?? '/', 'http://localhost').pathname
      const body = Buffer.concat(chunks)
      requests.push({ method: request.method ?? '', path, headers: request.headers, body })
      if (request.method === 'PUT') {
        objects.set(path, { body, contentType: String(request.headers['content-type']) })
        response.writeHead(200, { etag: '"1"', 'x-amz-server-side-encryption': 'AES256' }).end()
        return
      }
      if (request.method === 'DELETE') {
        objects.delete(path)
        response.writeHead(204).end()
        return
      }
      const object = objects.get(path)
      if (!object) {
        response
          .writeHead(404, { 'content-type': 'application/xml' })
          .end('<?xml version="1.0"?><Error><Code>NoSuchKey</Code><Message>none</Message></Error>')
        return
      }
      response
        .writeHead(200, { 'content-type': object.contentType, 'content-length': object.body.length })
        .end(object.body)
    })
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  endpoint = `http://127.0.0.1:${(server.address() as AddressInfo).port}`
})

afterAll(async () => {
  await new Promise((resolve) => server.close(resolve))
})

beforeEach(() => {
  requests.length = 0
  objects.clear()
})

const storage = () =>
  s3FileStorage({
    bucket: 'portail-files',
    region: 'ca-central-1',
    endpoint,
    forcePathStyle: true,
    credentials: { accessKeyId: 'test-access-key', secretAccessKey: 'test-secret-key' },
    serverSideEncryption: 'AES256',
  })

describe('the S3 file storage', () => {
  it('puts the object under its key with its type, asking for server-side encryption, signed', async () => {
    const bytes = new TextEncoder().encode('logo bytes')
    await storage().put('tenants/t1/logo/abc', bytes, { contentType: 'image/png' })
    const put = requests.find((request) => request.method === 'PUT')
    expect(put?.path).toBe('/portail-files/tenants/t1/logo/abc')
    expect(put?.headers['x-amz-server-side-encryption']).toBe('AES256')
    expect(put?.headers['content-type']).toBe('image/png')
    expect(put?.headers.authorization).toMatch(/^AWS4-HMAC-SHA256 Credential=test-access-key\//)
    expect(put?.body.toString()).toBe('logo bytes')
  })

  it('gets the object back with its content type, and null for a missing one (404)', async () => {
    const files = storage()
    await files.put('tenants/t1/logo/abc', new Uint8Array([137, 80, 78, 71]), { contentType: 'image/png' })
    const file = await files.get('tenants/t1/logo/abc')
    expect(file?.contentType).toBe('image/png')
    expect([...(file?.bytes ?? [])]).toEqual([137, 80, 78, 71])
    expect(await files.get('tenants/t1/logo/missing')).toBeNull()
  })

  it('deletes the object', async () => {
    const files = storage()
    await files.put('a/b', new Uint8Array([1]), { contentType: 'image/png' })
    await files.delete('a/b')
    expect(requests.at(-1)).toMatchObject({ method: 'DELETE', path: '/portail-files/a/b' })
    expect(await files.get('a/b')).toBeNull()
  })

  it('asks for KMS with its key when configured', async () => {
    const kms = s3FileStorage({
      bucket: 'portail-files',
      region: 'ca-central-1',
      endpoint,
      forcePathStyle: true,
      credentials: { accessKeyId: 'k', secretAccessKey: 's' },
      serverSideEncryption: 'aws:kms',
      kmsKeyId: 'alias/portail',
    })
    await kms.put('a/b', new Uint8Array([1]), { contentType: 'image/webp' })
    expect(requests.at(-1)?.headers['x-amz-server-side-encryption']).toBe('aws:kms')
    expect(requests.at(-1)?.headers['x-amz-server-side-encryption-aws-kms-key-id']).toBe('alias/portail')
  })
})
