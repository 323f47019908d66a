import { join, resolve } from 'node:path'
import { describe, expect, it } from 'vitest'
import { readStorageEnv } from './env'

const key = Buffer.alloc(32, 7).toString('base64')

describe('readStorageEnv', () => {
  it('defaults to encrypted files beside the embedded database, with the development key', () => {
    const env = readStorageEnv({ PGLITE_DATA_DIR: '/srv/run/pglite' })
    expect(env).toMatchObject({ adapter: 'local', directory: resolve('/srv/run/files'), developmentKey: true })
    const fallback = readStorageEnv({})
    expect(fallback.adapter === 'local' ? fallback.directory : '').toMatch(/\.data[/\\]files$/)
    expect(readStorageEnv({ PGLITE_DATA_DIR: 'memory://' })).toEqual({ adapter: 'memory' })
    expect(readStorageEnv({ FILES_DATA_DIR: join('/x', 'y') })).toMatchObject({ directory: join('/x', 'y') })
  })

  it('refuses to run locally in production without a key of its own, and a malformed key', () => {
    expect(() => readStorageEnv({ NODE_ENV: 'production' })).toThrow(/FILES_ENCRYPTION_KEY is required/)
    expect(readStorageEnv({ NODE_ENV: 'production', FILES_ENCRYPTION_KEY: key })).toMatchObject({
      adapter: 'local',
      developmentKey: false,
    })
    expect(() => readStorageEnv({ FILES_ENCRYPTION_KEY: 'c2hvcnQ=' })).toThrow(/32 bytes in base64/)
    expect(() => readStorageEnv({ FILES_ENCRYPTION_KEY: 'not base64 at all!' })).toThrow(/FILES_ENCRYPTION_KEY/)
  })

  it('picks S3 when a bucket is set, and names what is missing or malformed', () => {
    expect(
      readStorageEnv({
        NODE_ENV: 'production',
        S3_BUCKET: 'files',
        S3_REGION: 'ca-central-1',
        S3_ENDPOINT: 'http://127.0.0.1:9000',
        S3_FORCE_PATH_STYLE: '1',
        S3_ACCESS_KEY_ID: 'a',
        S3_SECRET_ACCESS_KEY: 'b',
      }),
    ).toEqual({
      adapter: 's3',
      bucket: 'files',
      region: 'ca-central-1',
      endpoint: 'http://127.0.0.1:9000',
      forcePathStyle: true,
      credentials: { accessKeyId: 'a', secretAccessKey: 'b' },
      serverSideEncryption: 'AES256',
      kmsKeyId: undefined,
    })
    expect(() => readStorageEnv({ S3_BUCKET: 'files' })).toThrow(/S3_REGION/)
    expect(() => readStorageEnv({ S3_BUCKET: 'f', S3_REGION: 'r', S3_ENDPOINT: 'ftp://x' })).toThrow(/S3_ENDPOINT/)
    expect(() => readStorageEnv({ S3_BUCKET: 'f', S3_REGION: 'r', S3_ACCESS_KEY_ID: 'a' })).toThrow(/go together/)
    expect(() => readStorageEnv({ S3_BUCKET: 'f', S3_REGION: 'r', S3_SERVER_SIDE_ENCRYPTION: 'none' })).toThrow(
      /S3_SERVER_SIDE_ENCRYPTION/,
    )
    expect(() => readStorageEnv({ S3_BUCKET: 'f', S3_REGION: 'r', S3_FORCE_PATH_STYLE: 'yes' })).toThrow(
      /S3_FORCE_PATH_STYLE/,
    )
  })
})
