import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

/** The repository root: the nearest folder up from `start` holding pnpm-workspace.yaml. */
export function findWorkspaceRoot(start = process.cwd()): string {
  let dir = resolve(start)
  for (;;) {
    if (existsSync(join(dir, 'pnpm-workspace.yaml'))) return dir
    const parent = dirname(dir)
    if (parent === dir) throw new Error(`No pnpm-workspace.yaml above ${start}: cannot find the Portail workspace`)
    dir = parent
  }
}

/** The top-level drizzle/ folder: the migration journal is the source of truth for both drivers. */
export const migrationsFolder = (start?: string) => join(findWorkspaceRoot(start), 'drizzle')

export const defaultPgliteDataDir = (start?: string) => join(findWorkspaceRoot(start), '.data', 'pglite')
