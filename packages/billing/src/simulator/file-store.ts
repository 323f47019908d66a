import { mkdir, readdir, readFile, rename, writeFile } from 'node:fs/promises'
import { join } from 'node:path'
import { randomBytes } from 'node:crypto'

import type { Json, SimulatorStore } from './store'

const SAFE_NAME = /^[A-Za-z0-9_.-]{1,200}$/

function checkName(kind: string, name: string): string {
  // Ids become file names: anything but Stripe-like ids (or our hashes) is refused, never escaped.
  if (!SAFE_NAME.test(name) || name.startsWith('.'))
    throw new Error(`simulator store: invalid ${kind} name ${JSON.stringify(name)}`)
  return name
}

/**
 * One JSON file per object under `dir/<collection>/<id>.json`, each written to a temporary file
 * then renamed over the old one, so a crash mid-write leaves the previous version, never half a
 * file. The simulated Stripe survives a restart of the app (`pnpm demo`, `pnpm dev`).
 */
export function createFileSimulatorStore(dir: string): SimulatorStore {
  const folder = (collection: string) => join(dir, checkName('collection', collection))
  return {
    async read(collection, id) {
      try {
        const text = await readFile(join(folder(collection), `${checkName('id', id)}.json`), 'utf8')
        return JSON.parse(text) as Json
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return null
        throw error
      }
    },
    async write(collection, id, value) {
      const target = join(folder(collection), `${checkName('id', id)}.json`)
      await mkdir(folder(collection), { recursive: true })
      const temporary = `${target}.${randomBytes(6).toString('hex')}.tmp`
      await writeFile(temporary, JSON.stringify(value), { encoding: 'utf8', mode: 0o600 })
      await rename(temporary, target)
    },
    async list(collection) {
      let names: string[]
      try {
        names = await readdir(folder(collection))
      } catch (error) {
        if (error instanceof Error && 'code' in error && error.code === 'ENOENT') return []
        throw error
      }
      const values: Json[] = []
      for (const name of names.filter((n) => n.endsWith('.json')).sort()) {
        values.push(JSON.parse(await readFile(join(folder(collection), name), 'utf8')) as Json)
      }
      return values
    },
  }
}
