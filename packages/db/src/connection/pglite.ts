import { PGlite } from '@electric-sql/pglite'
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist'
import { citext } from '@electric-sql/pglite/contrib/citext'
import { pgcrypto } from '@electric-sql/pglite/contrib/pgcrypto'
import { acquireDataDirLock } from './data-dir-lock'

export const isMemoryDir = (dataDir: string) => dataDir.startsWith('memory://')

export interface OpenedPglite {
  client: PGlite
  close(): Promise<void>
}

/**
 * Opens the embedded Postgres in this process. The contrib extensions our migrations create must
 * be handed to the constructor (CREATE EXTENSION alone reports them unavailable). A folder is
 * locked for this process until close; memory:// needs no lock.
 */
export async function openPglite(dataDir: string): Promise<OpenedPglite> {
  const release = isMemoryDir(dataDir) ? () => undefined : acquireDataDirLock(dataDir)
  try {
    const client = await PGlite.create(isMemoryDir(dataDir) ? undefined : dataDir, {
      extensions: { btree_gist, citext, pgcrypto },
    })
    return {
      client,
      async close() {
        try {
          if (!client.closed) await client.close()
        } finally {
          release()
        }
      },
    }
  } catch (error) {
    release()
    throw error
  }
}
