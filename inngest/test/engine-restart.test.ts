import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs'
import { createRequire } from 'node:module'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { readDbEnv } from '@portail/db'
import { createTestDatabase, type TestDatabase, usingPostgres } from '@portail/db/testing'
import { afterAll, describe, expect, it } from 'vitest'

// tsx comes with the db package (the workspace's TypeScript runner); `node --import` it directly:
// SIGKILL on an npx or tsx wrapper would leave the real process running.
const tsxLoader = pathToFileURL(
  createRequire(new URL('../../packages/db/package.json', import.meta.url)).resolve('tsx'),
).href
const childScript = fileURLToPath(new URL('./support/engine-child.ts', import.meta.url))

const folder = mkdtempSync(join(tmpdir(), 'portail-engine-restart-'))
const effectsFile = join(folder, 'effects.log')
let postgres: TestDatabase<null> | undefined
const children: ChildProcess[] = []

afterAll(async () => {
  for (const child of children) child.kill('SIGKILL')
  await postgres?.close()
  rmSync(folder, { recursive: true, force: true })
})

/** The database the children share: a PGlite folder, or a throwaway Postgres database. */
async function databaseEnv(): Promise<Record<string, string>> {
  if (!usingPostgres()) return { PGLITE_DATA_DIR: join(folder, 'pglite'), DATABASE_URL: '' }
  postgres = await createTestDatabase(() => Promise.resolve(null))
  const url = new URL(String(readDbEnv().DATABASE_URL))
  url.pathname = `/${String(postgres.appSql?.options.database)}`
  return { DATABASE_URL: url.toString() }
}

function startChild(role: 'first' | 'second', env: Record<string, string>): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', tsxLoader, childScript], {
    // eslint-disable-next-line no-restricted-properties -- the child inherits this test run's environment
    env: { ...process.env, ...env, CHILD_ROLE: role, EFFECTS_FILE: effectsFile, LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  children.push(child)
  let errors = ''
  child.stderr?.on('data', (chunk: Buffer) => {
    errors += chunk.toString()
  })
  return new Promise((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      if (chunk.toString().includes('ready')) resolve(child)
    })
    child.once('exit', (code) => reject(new Error(`the ${role} process exited (${String(code)}) before it was ready: ${errors}`)))
  })
}

const effects = () => (existsSync(effectsFile) ? readFileSync(effectsFile, 'utf8').trim().split('\n') : [])

async function until(check: () => boolean, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs
  while (!check()) {
    if (Date.now() > deadline) throw new Error(`timed out; effects so far: ${effects().join(', ')}`)
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
}

describe('a restart', () => {
  it('resumes sleeping runs after the process is killed, without repeating their done steps', async () => {
    const env = await databaseEnv()
    const first = await startChild('first', env)
    expect(effects().sort()).toEqual(['confirm b1', 'confirm b2'])
    const exited = new Promise((resolve) => first.once('exit', resolve))
    first.kill('SIGKILL')
    await exited
    expect(effects()).not.toContain('remind b1')
    await startChild('second', env)
    // b1's reminder was due 15 s after it was booked: the new process's timer sends it.
    await until(() => effects().includes('remind b1'), 90_000)
    expect(effects().sort()).toEqual(['confirm b1', 'confirm b2', 'remind b1'])
  }, 180_000)
})
