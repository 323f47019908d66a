import { readStorageEnv, type StorageEnv } from './env'
import type { FileStorage } from './file-storage'
import { localEncryptedFileStorage } from './local-encrypted-storage'
import { memoryFileStorage } from './memory-storage'
import { s3FileStorage } from './s3-storage'

/** The app's file storage, as the configuration says (see readStorageEnv). */
export function openFileStorage(env: StorageEnv = readStorageEnv()): FileStorage {
  if (env.adapter === 's3') return s3FileStorage(env)
  if (env.adapter === 'memory') return memoryFileStorage()
  return localEncryptedFileStorage({ directory: env.directory, encryptionKey: env.encryptionKey })
}
