import { createHash } from 'node:crypto'
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { z } from 'zod'
import type { S3StorageOptions } from './s3-storage'

/** Where files go: S3 in production, an encrypted local folder by default, memory for a throwaway run. */
export type StorageEnv =
  | ({ adapter: 's3' } & S3StorageOptions)
  | {
      adapter: 'local'
      directory: string
      encryptionKey: Uint8Array
      /** True when the public development key is in use (never under NODE_ENV=production). */
      developmentKey: boolean
    }
  | { adapter: 'memory' }

type Source = Record<string, string | undefined>

/**
 * A fixed key for development and tests only, so `pnpm dev` works with no setup. It is public (it
 * is in the repository), which is why a production run must bring its own.
 */
const developmentKey = createHash('sha256')
  .update('portail-dev-file-encryption-key-for-local-development-only')
  .digest()

const memoryDir = 'memory://'

/** The repository root: the nearest folder up from `start` holding pnpm-workspace.yaml. */
function workspaceRoot(start = process.cwd()): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${start}: set FILES_DATA_DIR.`)
    dir = parent
  }
}

/**
 * The files' folder: FILES_DATA_DIR, else `files` beside the embedded database's folder (so a run
 * on its own PGLITE_DATA_DIR, like the end-to-end tests, keeps its files with its data), else
 * `<repo>/.data/files`. A throwaway database (memory://) gets throwaway files.
 */
function localDirectory(source: Source): string {
  const configured = source.FILES_DATA_DIR?.trim()
  if (configured) return configured
  const pglite = source.PGLITE_DATA_DIR?.trim()
  if (pglite === memoryDir) return memoryDir
  if (pglite) return join(dirname(resolve(pglite)), 'files')
  return join(workspaceRoot(), '.data', 'files')
}

function encryptionKey(source: Source): { key: Uint8Array; development: boolean } {
  const configured = source.FILES_ENCRYPTION_KEY?.trim() ?? ''
  if (!configured) {
    if (source.NODE_ENV === 'production') {
      throw new Error(
        'FILES_ENCRYPTION_KEY is required under NODE_ENV=production when files are stored locally ' +
          '(32 random bytes in base64: `openssl rand -base64 32`), or configure S3 with S3_BUCKET.',
      )
    }
    return { key: developmentKey, development: true }
  }
  const key = Buffer.from(configured, 'base64')
  if (key.length !== 32 || key.toString('base64') !== configured) {
    throw new Error('FILES_ENCRYPTION_KEY must be 32 bytes in base64 (`openssl rand -base64 32`).')
  }
  return { key, development: false }
}

const flag = (name: string, value: string | undefined) => {
  if (value === undefined || value === '' || value === '0') return false
  if (value === '1') return true
  throw new Error(`${name} must be '1' (on) or '0' (off).`)
}

function s3Env(source: Source, bucket: string): StorageEnv {
  const region = source.S3_REGION?.trim() ?? ''
  if (!region) throw new Error('S3_REGION is required when S3_BUCKET is set (e.g. ca-central-1, or auto for R2).')
  const endpoint = source.S3_ENDPOINT?.trim() ?? ''
  if (endpoint && !z.url({ protocol: /^https?$/ }).safeParse(endpoint).success) {
    throw new Error('S3_ENDPOINT must be an http(s) URL.')
  }
  const accessKeyId = source.S3_ACCESS_KEY_ID?.trim() ?? ''
  const secretAccessKey = source.S3_SECRET_ACCESS_KEY?.trim() ?? ''
  if (Boolean(accessKeyId) !== Boolean(secretAccessKey)) {
    throw new Error(
      'S3_ACCESS_KEY_ID and S3_SECRET_ACCESS_KEY go together: set both, or neither for the default chain.',
    )
  }
  const configuredEncryption = source.S3_SERVER_SIDE_ENCRYPTION?.trim() ?? ''
  // Unset or empty: S3-managed keys.
  const encryption = configuredEncryption === '' ? 'AES256' : configuredEncryption
  if (encryption !== 'AES256' && encryption !== 'aws:kms') {
    throw new Error("S3_SERVER_SIDE_ENCRYPTION must be 'AES256' (S3-managed keys) or 'aws:kms'.")
  }
  const kmsKeyId = source.S3_KMS_KEY_ID?.trim() ?? ''
  if (kmsKeyId && encryption !== 'aws:kms') throw new Error("S3_KMS_KEY_ID needs S3_SERVER_SIDE_ENCRYPTION='aws:kms'.")
  return {
    adapter: 's3',
    bucket,
    region,
    endpoint: endpoint || undefined,
    forcePathStyle: flag('S3_FORCE_PATH_STYLE', source.S3_FORCE_PATH_STYLE),
    credentials: accessKeyId ? { accessKeyId, secretAccessKey } : undefined,
    serverSideEncryption: encryption,
    kmsKeyId: kmsKeyId || undefined,
  }
}

/**
 * Reads the file storage configuration: S3 when S3_BUCKET is set, else the encrypted local folder.
 * A malformed variable stops the process with a message naming it.
 */
export function readStorageEnv(source: Source = process.env): StorageEnv {
  const bucket = source.S3_BUCKET?.trim()
  if (bucket) return s3Env(source, bucket)
  const directory = localDirectory(source)
  if (directory === memoryDir) return { adapter: 'memory' }
  const { key, development } = encryptionKey(source)
  return { adapter: 'local', directory, encryptionKey: key, developmentKey: development }
}
