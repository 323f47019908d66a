import { assertContentType, assertStorageKey, type FileStorage, type StoredFile } from './file-storage'

/**
 * Files in a Map, gone with the process: for tests, and for a throwaway embedded database
 * (PGLITE_DATA_DIR=memory://). Copies on the way in and out, as a real store would.
 */
export function memoryFileStorage(): FileStorage & { keys(): string[] } {
  const files = new Map<string, StoredFile>()
  return {
    put(key, bytes, { contentType }) {
      assertStorageKey(key)
      assertContentType(contentType)
      files.set(key, { bytes: Uint8Array.from(bytes), contentType })
      return Promise.resolve()
    },
    get(key) {
      assertStorageKey(key)
      const file = files.get(key)
      return Promise.resolve(file ? { bytes: Uint8Array.from(file.bytes), contentType: file.contentType } : null)
    },
    delete(key) {
      assertStorageKey(key)
      files.delete(key)
      return Promise.resolve()
    },
    keys: () => [...files.keys()].sort(),
  }
}
