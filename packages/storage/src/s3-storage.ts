import {
  DeleteObjectCommand,
  GetObjectCommand,
  PutObjectCommand,
  S3Client,
  S3ServiceException,
  type ServerSideEncryption,
} from '@aws-sdk/client-s3'
import { assertContentType, assertStorageKey, type FileStorage } from './file-storage'

export interface S3StorageOptions {
  bucket: string
  region: string
  /** Another S3-compatible endpoint (MinIO, R2, a test server); unset: AWS. */
  endpoint?: string | undefined
  /** `bucket` in the path rather than the host name: most S3-compatible servers need it. */
  forcePathStyle?: boolean
  /** Static keys; unset: the SDK's default chain (instance role, environment, profile). */
  credentials?: { accessKeyId: string; secretAccessKey: string } | undefined
  /** Encryption at rest asked of S3 on every put: its own keys (AES256) or KMS. */
  serverSideEncryption: ServerSideEncryption
  /** The KMS key for `aws:kms`; unset: the account's default S3 key. */
  kmsKeyId?: string | undefined
}

const isNotFound = (error: unknown) =>
  error instanceof S3ServiceException && (error.name === 'NoSuchKey' || error.$metadata.httpStatusCode === 404)

/**
 * Production storage: one S3 bucket (or a compatible service). Every put asks for server-side
 * encryption, so no object is stored in clear even if the bucket's default were changed.
 */
export function s3FileStorage(options: S3StorageOptions): FileStorage {
  const client = new S3Client({
    region: options.region,
    ...(options.endpoint ? { endpoint: options.endpoint } : {}),
    forcePathStyle: options.forcePathStyle ?? false,
    ...(options.credentials ? { credentials: options.credentials } : {}),
  })
  return {
    async put(key, bytes, { contentType }) {
      assertStorageKey(key)
      assertContentType(contentType)
      await client.send(
        new PutObjectCommand({
          Bucket: options.bucket,
          Key: key,
          Body: bytes,
          ContentType: contentType,
          ContentLength: bytes.byteLength,
          ServerSideEncryption: options.serverSideEncryption,
          ...(options.kmsKeyId ? { SSEKMSKeyId: options.kmsKeyId } : {}),
        }),
      )
    },
    async get(key) {
      assertStorageKey(key)
      try {
        const object = await client.send(new GetObjectCommand({ Bucket: options.bucket, Key: key }))
        if (!object.Body) return null
        const bytes = await object.Body.transformToByteArray()
        return { bytes, contentType: object.ContentType ?? 'application/octet-stream' }
      } catch (error) {
        if (isNotFound(error)) return null
        throw error
      }
    },
    async delete(key) {
      assertStorageKey(key)
      await client.send(new DeleteObjectCommand({ Bucket: options.bucket, Key: key }))
    },
  }
}
