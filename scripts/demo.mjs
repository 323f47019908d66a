#!/usr/bin/env node
// `pnpm demo`: Portail as a person trying it should meet it. Builds the web app once (turbo skips
// the build when these sources were built before, on this machine or by CI's cache), then serves
// that production build on embedded defaults with the demo businesses, the dev sign-in and the
// operator console. `pnpm dev` stays the development server (compiles each route on its first
// visit, reloads on every change).
import { spawn } from 'node:child_process'
import { request } from 'node:http'
import { join } from 'node:path'
import { createInterface } from 'node:readline'
import { fileURLToPath } from 'node:url'
import { demoEnvironment } from './demo-env.mjs'
import { mailLines, unseenMail } from './demo-mail.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const webDir = join(root, 'apps', 'web')
const port = Number(process.env.PORT || 3000)
if (!Number.isInteger(port) || port < 1 || port > 65_535) {
  console.error(`PORT: must be a TCP port (1-65535), got ${process.env.PORT}`)
  process.exit(1)
}
const began = Date.now()
const seconds = () => `${Math.round((Date.now() - began) / 1000)} s`
const say = (line) => console.log(`\x1b[1m[demo]\x1b[0m ${line}`)

function run(command, args, options) {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { stdio: 'inherit', ...options })
    child.once('error', reject)
    child.once('exit', (code, signal) =>
      code === 0 ? resolve() : reject(new Error(`${args.join(' ')}: ${signal ?? code}`)),
    )
  })
}

say('1/2 building the web app: a few minutes the first time, seconds when these sources were built before')
try {
  // The user's own environment, as `pnpm build` sees it, so both share turbo's cache.
  await run(
    join(root, 'node_modules', '.bin', 'turbo'),
    ['run', 'build', '--filter=@portail/web', '--output-logs=new-only'],
    {
      cwd: root,
      env: { ...process.env, TURBO_TELEMETRY_DISABLED: '1', NEXT_TELEMETRY_DISABLED: '1' },
    },
  )
} catch (error) {
  say(`the build failed (${error.message}); nothing was started`)
  process.exit(1)
}
say(`built (${seconds()}); 2/2 starting the server on embedded defaults (.data/demo)`)

const env = demoEnvironment({ dataDir: join(root, '.data', 'demo'), port })
const server = spawn(
  process.execPath,
  [join(webDir, 'node_modules', 'next', 'dist', 'bin', 'next'), 'start', '--port', String(port)],
  { cwd: webDir, env, stdio: ['ignore', 'pipe', 'pipe'] },
)
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => server.kill(signal))
server.once('exit', (code, signal) => process.exit(code ?? (signal === 'SIGINT' ? 130 : 143)))

// A production server logs JSON lines; a person reads them as "12:04:31 INFO  local mailbox: …".
const levels = { 10: 'TRACE', 20: 'DEBUG', 30: 'INFO ', 40: 'WARN ', 50: 'ERROR', 60: 'FATAL' }
const skipped = new Set(['level', 'time', 'msg', 'pid', 'hostname'])
function readable(line) {
  if (!line.startsWith('{')) return line
  try {
    const entry = JSON.parse(line)
    const time = new Date(entry.time ?? Date.now()).toLocaleTimeString('en-GB')
    const extra = Object.entries(entry)
      .filter(([key]) => !skipped.has(key))
      .map(([key, value]) => `${key}=${typeof value === 'string' ? value : JSON.stringify(value)}`)
    return [time, levels[entry.level] ?? entry.level, entry.msg, ...extra].join(' ')
  } catch {
    return line
  }
}
for (const stream of [server.stdout, server.stderr])
  createInterface({ input: stream }).on('line', (line) => console.log(readable(line)))

const healthy = () =>
  new Promise((resolve) => {
    const req = request({ hostname: 'localhost', port, path: '/api/health', timeout: 2000 }, (res) => {
      res.resume()
      resolve(res.statusCode === 200)
    })
    req.once('error', () => resolve(false))
    req.once('timeout', () => req.destroy())
    req.end()
  })
while (!(await healthy())) {
  if (server.exitCode !== null) process.exit(server.exitCode)
  await new Promise((resolve) => setTimeout(resolve, 300))
}
const site = `http://${env.ROOT_DOMAIN}`
say(`ready in ${seconds()}: ${site}/fr (stop with Ctrl+C)`)
say(
  `  a portal:           http://piscines-laurentides.${env.ROOT_DOMAIN}/fr/sign-in  (sophie@piscines-laurentides.example, owner)`,
)
say(`  operator console:   ${site}/fr/platform  (${env.PLATFORM_OPERATORS.split(',')[0]})`)
say('  sign-in codes and invitation links are printed here ("mail to …"); every demo account is in README.md')

// Mail already there is from an earlier run: only what this run sends is printed.
const seen = new Set()
await unseenMail(env.MAIL_FILES_DIR, seen)
setInterval(() => {
  unseenMail(env.MAIL_FILES_DIR, seen)
    .then((mails) => mails.forEach((mail) => mailLines(mail).forEach((line) => say(line))))
    .catch((error) => say(`the mail folder could not be read: ${error.message}`))
}, 1000)
