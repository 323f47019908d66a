/** A stored file as it comes back: its bytes and the content type it was stored with. */
export interface StoredFile {
  bytes: Uint8Array
  contentType: string
}

/**
 * Where the platform keeps files (logos now, client documents later). Keys are ours, never a
 * user's file name: callers build them from ids (`tenants/<tenant id>/logo/<uuid>`), so a key says
 * which tenant a file belongs to and a listing is never needed.
 */
export interface FileStorage {
  /** Writes (or overwrites) the file at `key`. Resolves once the bytes are durably stored. */
  put(key: string, bytes: Uint8Array, options: { contentType: string }): Promise<void>
  /** The file at `key`, or null when there is none. A file that fails its integrity check throws. */
  get(key: string): Promise<StoredFile | null>
  /** Removes the file at `key`; removing a missing file is not an error. */
  delete(key: string): Promise<void>
}

// Segments of letters, digits, dot, dash and underscore, never `.` or `..`: a key maps onto a
// path of the local adapter and must not climb out of its folder.
const segment = /^(?!\.{1,2}$)[A-Za-z0-9._-]{1,128}$/
const contentTypePattern = /^[a-z0-9][a-z0-9!#$&^_.+-]*\/[a-z0-9][a-z0-9!#$&^_.+-]*$/

export class InvalidStorageKeyError extends Error {
  constructor(key: string) {
    super(`Invalid storage key ${JSON.stringify(key)}: slash-separated segments of [A-Za-z0-9._-], no "." or ".."`)
    this.name = 'InvalidStorageKeyError'
  }
}

export function assertStorageKey(key: string): void {
  const parts = key.split('/')
  if (key.length > 512 || !parts.every((part) => segment.test(part))) throw new InvalidStorageKeyError(key)
}

export function assertContentType(contentType: string): void {
  if (contentType.length > 255 || !contentTypePattern.test(contentType)) {
    throw new Error(`Invalid content type ${JSON.stringify(contentType)}: a lower-case type/subtype without parameters`)
  }
}
