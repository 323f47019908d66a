import 'server-only'
import { type FileStorage, openFileStorage } from '@portail/storage'
import { webEnv } from '../env'

// One storage per process, on globalThis like the database (server/database.ts): the proxy and the
// route handlers are separate bundles, and the memory adapter of a throwaway run must be shared.
const slot = Symbol.for('portail.web.file-storage')

type Holder = typeof globalThis & { [slot]?: FileStorage }

/** This process's file storage (logos), as the configuration says. */
export function getFileStorage(): FileStorage {
  const holder = globalThis as Holder
  holder[slot] ??= openFileStorage(webEnv().storage)
  return holder[slot]
}
