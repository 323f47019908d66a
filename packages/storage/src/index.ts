export {
  assertContentType,
  assertStorageKey,
  type FileStorage,
  InvalidStorageKeyError,
  type StoredFile,
} from './file-storage'
export { readStorageEnv, type StorageEnv } from './env'
export {
  FileIntegrityError,
  localEncryptedFileStorage,
  type LocalEncryptedStorageOptions,
} from './local-encrypted-storage'
export { memoryFileStorage } from './memory-storage'
export { openFileStorage } from './open-file-storage'
export { s3FileStorage, type S3StorageOptions } from './s3-storage'
