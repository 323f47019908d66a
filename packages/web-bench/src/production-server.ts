import { type ChildProcess, spawn } from 'node:child_process'
import { randomBytes } from 'node:crypto'
import { mkdtempSync, rmSync } from 'node:fs'
import { request } from 'node:http'
import { createServer } from 'node:net'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { serverBaseEnv } from './env'

export interface ProductionServer {
  port: number
  /** Where the server writes each mail it sends (MAIL_FILES_DIR): sign-in codes are read there. */
  mailDir: string
  /** GET over HTTP with an explicit Host (Node cannot resolve *.localhost): status code. */
  get: (host: string, path: string, headers?: Record<string, string>) => Promise<number>
  /** POST of a JSON body with an explicit Host: status code and the cookies the answer sets. */
  postJson: (host: string, path: string, body: unknown) => Promise<{ status: number; setCookies: string[] }>
  stop: () => Promise<void>
}

const freePort = () =>
  new Promise<number>((resolve, reject) => {
    const server = createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() =>
        typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')),
      )
    })
  })

const get = (port: number, host: string, path: string, headers: Record<string, string> = {}) =>
  new Promise<number>((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, headers: { ...headers, host } }, (response) => {
      response.resume()
      response.on('end', () => resolve(response.statusCode ?? 0))
    })
    req.on('error', reject)
    req.end()
  })

const postJson = (port: number, host: string, path: string, body: unknown) =>
  new Promise<{ status: number; setCookies: string[] }>((resolve, reject) => {
    const payload = JSON.stringify(body)
    const req = request(
      {
        host: '127.0.0.1',
        port,
        path,
        method: 'POST',
        headers: { host, origin: `http://${host}`, 'content-type': 'application/json' },
      },
      (response) => {
        response.resume()
        response.on('end', () =>
          resolve({ status: response.statusCode ?? 0, setCookies: response.headers['set-cookie'] ?? [] }),
        )
      },
    )
    req.on('error', reject)
    req.end(payload)
  })

/**
 * `next start` of the existing build on embedded defaults: a fresh PGlite folder that the server
 * migrates and seeds with the demo businesses, no Clerk, so what is measured is what a visitor of
 * a real deployment gets. Nothing from the caller's environment can point it at another database.
 * The dev sign-in runs (with a secret of this run, its mail written as files), as in the browser
 * suite, only so the bench can measure a signed-in client's dashboard: it adds no script to any
 * page (the sign-in page is not measured).
 */
export async function startProductionServer(appDir: string): Promise<ProductionServer> {
  const port = await freePort()
  const dataDir = mkdtempSync(join(tmpdir(), 'portail-web-bench-'))
  const mailDir = join(dataDir, 'mail')
  const env = serverBaseEnv()
  const child: ChildProcess = spawn(
    process.execPath,
    ['node_modules/next/dist/bin/next', 'start', '--port', String(port)],
    {
      cwd: appDir,
      env: {
        ...env,
        NODE_ENV: 'production',
        NEXT_TELEMETRY_DISABLED: '1',
        PGLITE_DATA_DIR: join(dataDir, 'pglite'),
        ROOT_DOMAIN: `localhost:${port}`,
        // A production server keeps files only with a key of its own (files land in dataDir/files).
        FILES_ENCRYPTION_KEY: Buffer.alloc(32, 'bench').toString('base64'),
        PORTAIL_ALLOW_DEV_AUTH_IN_PRODUCTION: '1',
        DEV_AUTH_SECRET: randomBytes(32).toString('hex'),
        MAIL_FILES_DIR: mailDir,
      },
      stdio: ['ignore', 'ignore', 'inherit'],
    },
  )
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()))
  const stop = async () => {
    if (child.exitCode === null) child.kill('SIGTERM')
    await exited
    rmSync(dataDir, { recursive: true, force: true })
  }
  const deadline = Date.now() + 120_000
  for (;;) {
    if (child.exitCode !== null) {
      await stop()
      throw new Error(`next start exited with code ${child.exitCode}`)
    }
    const status = await get(port, `localhost:${port}`, '/api/health').catch(() => 0)
    if (status === 200) break
    if (Date.now() > deadline) {
      await stop()
      throw new Error('next start did not answer /api/health within 2 minutes')
    }
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  return {
    port,
    mailDir,
    get: (host, path, headers) => get(port, host, path, headers),
    postJson: (host, path, body) => postJson(port, host, path, body),
    stop,
  }
}
