import { createCipheriv, createDecipheriv, randomBytes, randomUUID } from 'node:crypto'
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import { assertContentType, assertStorageKey, type FileStorage } from './file-storage'

/**
 * On-disk layout of one file: magic, content type (length-prefixed, in clear: it is not secret
 * and `get` must return it), a fresh 96-bit IV, the GCM tag, then the ciphertext. The key and the
 * content type are authenticated as additional data, so a file copied under another key, or a
 * content type edited on disk, fails to decrypt like any other tampering.
 */
const magic = Buffer.from('PTF1', 'latin1')
const ivLength = 12
const tagLength = 16

export class FileIntegrityError extends Error {
  constructor(key: string) {
    super(`Stored file ${JSON.stringify(key)} failed its integrity check (tampered, truncated or another key's)`)
    this.name = 'FileIntegrityError'
  }
}

const additionalData = (key: string, contentType: string) => Buffer.from(`portail-file\0${key}\0${contentType}`, 'utf8')

const isMissing = (error: unknown) =>
  typeof error === 'object' && error !== null && 'code' in error && error.code === 'ENOENT'

export interface LocalEncryptedStorageOptions {
  /** Folder holding the files (created on first write). */
  directory: string
  /** 32 bytes: the AES-256-GCM key every file is encrypted with. */
  encryptionKey: Uint8Array
}

/**
 * The embedded default: files under a local folder, each encrypted at rest with AES-256-GCM, so a
 * copied disk or backup of the folder reveals nothing without the key. Writes go to a temporary
 * file first, then are renamed into place: a reader sees the old file or the new one, never half.
 */
export function localEncryptedFileStorage(options: LocalEncryptedStorageOptions): FileStorage {
  if (options.encryptionKey.length !== 32) throw new Error('The file encryption key must be 32 bytes (AES-256).')
  const encryptionKey = Buffer.from(options.encryptionKey)
  const pathOf = (key: string) => {
    assertStorageKey(key)
    return join(options.directory, ...key.split('/'))
  }
  return {
    async put(key, bytes, { contentType }) {
      assertContentType(contentType)
      const path = pathOf(key)
      const iv = randomBytes(ivLength)
      const cipher = createCipheriv('aes-256-gcm', encryptionKey, iv, { authTagLength: tagLength })
      cipher.setAAD(additionalData(key, contentType))
      const ciphertext = Buffer.concat([cipher.update(bytes), cipher.final()])
      const type = Buffer.from(contentType, 'utf8')
      const file = Buffer.concat([magic, Buffer.of(type.length), type, iv, cipher.getAuthTag(), ciphertext])
      await mkdir(dirname(path), { recursive: true, mode: 0o700 })
      const temporary = `${path}.${randomUUID()}.tmp`
      try {
        await writeFile(temporary, file, { mode: 0o600, flush: true })
        await rename(temporary, path)
      } catch (error) {
        await rm(temporary, { force: true })
        throw error
      }
    },
    async get(key) {
      const path = pathOf(key)
      let file: Buffer
      try {
        file = await readFile(path)
      } catch (error) {
        if (isMissing(error)) return null
        throw error
      }
      const typeLength = file[magic.length]
      if (!file.subarray(0, magic.length).equals(magic) || typeLength === undefined) throw new FileIntegrityError(key)
      const typeEnd = magic.length + 1 + typeLength
      const ivEnd = typeEnd + ivLength
      const tagEnd = ivEnd + tagLength
      if (file.length < tagEnd) throw new FileIntegrityError(key)
      const contentType = file.subarray(magic.length + 1, typeEnd).toString('utf8')
      try {
        const decipher = createDecipheriv('aes-256-gcm', encryptionKey, file.subarray(typeEnd, ivEnd), {
          authTagLength: tagLength,
        })
        decipher.setAAD(additionalData(key, contentType))
        decipher.setAuthTag(file.subarray(ivEnd, tagEnd))
        const plain = Buffer.concat([decipher.update(file.subarray(tagEnd)), decipher.final()])
        return { bytes: new Uint8Array(plain.buffer, plain.byteOffset, plain.byteLength), contentType }
      } catch {
        throw new FileIntegrityError(key)
      }
    },
    async delete(key) {
      await rm(pathOf(key), { force: true })
    },
  }
}
