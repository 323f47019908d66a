import { rm } from 'node:fs/promises'
import { e2eDataDir } from './support/env'

/** Removes the run's embedded database folder (see playwright.config.ts). */
export default async function globalTeardown(): Promise<void> {
  const dir = e2eDataDir()
  if (dir) await rm(dir, { recursive: true, force: true })
}
