import { type ChildProcess, spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { createServer } from 'node:net'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { httpRequest } from './http-request'
import { serverProcessEnv } from './env'

export const appDir = fileURLToPath(new URL('../..', import.meta.url))
const nextBin = join(appDir, 'node_modules', 'next', 'dist', 'bin', 'next')

export function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, 'localhost', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })
}

const newestSourceMtime = (dir: string): number =>
  existsSync(dir)
    ? readdirSync(dir, { withFileTypes: true }).reduce((newest, entry) => {
        const path = join(dir, entry.name)
        if (entry.isDirectory()) return Math.max(newest, newestSourceMtime(path))
        return entry.name.endsWith('.test.ts') ? newest : Math.max(newest, statSync(path).mtimeMs)
      }, 0)
    : 0

// What the production build bundles: this app and the workspace packages it imports.
const bundledSources = [
  join(appDir, 'src'),
  ...['api', 'auth', 'core', 'db', 'email', 'i18n', 'ui', 'validators'].map((name) =>
    join(appDir, '..', '..', 'packages', name, 'src'),
  ),
]

/**
 * These tests exercise the production build (`next start`), which turbo builds first
 * (apps/web/turbo.json). Run directly, they refuse a missing or stale build rather than test
 * code that is no longer there.
 */
export function assertBuilt(): void {
  const buildId = join(appDir, '.next', 'BUILD_ID')
  const rebuild = 'run `pnpm --filter @portail/web build` first, or `pnpm turbo run test --filter=@portail/web`'
  if (!existsSync(buildId)) throw new Error(`No production build of apps/web: ${rebuild}`)
  const builtAt = statSync(buildId).mtimeMs
  const stale = bundledSources.filter((dir) => newestSourceMtime(dir) > builtAt)
  if (stale.length > 0) throw new Error(`The production build is older than ${stale.join(', ')}: ${rebuild}`)
}

export interface RunningServer {
  port: number
  rootDomain: string
  output(): string
  /** SIGTERM, then the exit code (or signal) once the process is gone. */
  stop(): Promise<number | NodeJS.Signals | null>
}

const exited = (child: ChildProcess) =>
  new Promise<number | NodeJS.Signals | null>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve(child.exitCode ?? child.signalCode)
    else child.once('exit', (code, signal) => resolve(code ?? signal))
  })

function spawnNext(port: number, config: Record<string, string>) {
  // localhost: the name freePort() checks and httpRequest() connects to. --hostname 127.0.0.1 works
  // too (host routing goes through the rewrites in next.config.ts): test/bind-address.test.ts runs so.
  const child = spawn(process.execPath, [nextBin, 'start', '--port', String(port), '--hostname', 'localhost'], {
    cwd: appDir,
    env: serverProcessEnv(config),
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()))
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()))
  return { child, output: () => output }
}

/**
 * Starts `next start` on a free port and waits until /api/health answers 200 (or, with
 * `expectHealthy: false`, answers at all).
 */
export async function startServer(
  config: Record<string, string>,
  options: { expectHealthy?: boolean } = {},
): Promise<RunningServer> {
  const expectHealthy = options.expectHealthy ?? true
  const port = await freePort()
  const rootDomain = `localhost:${port}`
  const { child, output } = spawnNext(port, { ROOT_DOMAIN: rootDomain, ...config })
  const stop = async () => {
    if (child.exitCode === null && child.signalCode === null) child.kill('SIGTERM')
    return exited(child)
  }
  const deadline = Date.now() + 90_000
  for (;;) {
    if (child.exitCode !== null) throw new Error(`next start exited with ${child.exitCode}:\n${output()}`)
    try {
      const health = await httpRequest(port, { host: rootDomain, path: '/api/health' })
      if (health.status === 200 || !expectHealthy) return { port, rootDomain, output, stop }
    } catch {
      // not listening yet
    }
    if (Date.now() > deadline) {
      await stop()
      throw new Error(`next start did not become healthy in time:\n${output()}`)
    }
    await new Promise((resolve) => setTimeout(resolve, 250))
  }
}

/** Starts `next start` with a configuration it must refuse; resolves with its exit code and output. */
export async function startExpectingFailure(
  config: Record<string, string>,
): Promise<{ code: number | NodeJS.Signals | null; output: string }> {
  const port = await freePort()
  const { child, output } = spawnNext(port, config)
  const timer = setTimeout(() => child.kill('SIGKILL'), 60_000)
  const code = await exited(child)
  clearTimeout(timer)
  return { code, output: output() }
}
