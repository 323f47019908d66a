import { closeSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs'
import { dirname } from 'node:path'

export class DataDirLockedError extends Error {
  constructor(
    readonly dataDir: string,
    readonly pid: number,
  ) {
    super(
      `The embedded database at ${dataDir} is already open in process ${pid}. ` +
        'Only one process may own it: stop that process (pnpm dev, db:migrate, db:seed), ' +
        'or point PGLITE_DATA_DIR at another folder, or set DATABASE_URL to use Postgres.',
    )
    this.name = 'DataDirLockedError'
  }
}

const isAlive = (pid: number) => {
  try {
    process.kill(pid, 0)
    return true
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM'
  }
}

/**
 * PGlite has no lock of its own, and two processes opening one folder both succeed and corrupt
 * it. A lock file holding the owner's pid guards it; a lock left by a dead process is taken over.
 */
export function acquireDataDirLock(dataDir: string): () => void {
  const lockPath = `${dataDir}.lock`
  mkdirSync(dirname(lockPath), { recursive: true })
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(lockPath, 'wx')
      writeSync(fd, String(process.pid))
      closeSync(fd)
      let released = false
      const release = () => {
        if (released) return
        released = true
        process.off('exit', release)
        rmSync(lockPath, { force: true })
      }
      process.on('exit', release)
      return release
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error
      const pid = Number.parseInt(readFileSync(lockPath, 'utf8'), 10)
      // Our own pid counts as alive: a second open in this process would corrupt the folder too.
      if (Number.isInteger(pid) && isAlive(pid)) throw new DataDirLockedError(dataDir, pid)
      rmSync(lockPath, { force: true })
    }
  }
  throw new Error(`Could not lock the embedded database at ${dataDir}`)
}
