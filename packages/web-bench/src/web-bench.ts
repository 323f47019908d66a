import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { cpus, loadavg } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { signInOverHttp } from './bench-sign-in'
import { lighthouseTable } from './bench-table'
import { readWebBenchEnv } from './env'
import { type LighthousePage, lighthouseMedians } from './lighthouse-scores'
import { kB, pageWeight, readRouteStats } from './page-weight'
import { startProductionServer } from './production-server'

/*
 * What a visitor's browser pays for the web app, in ratios of the same build so the machine cancels
 * out: (a) first-load JavaScript of pages against a bare page, from the build output; (b)
 * Lighthouse mobile scores of the bare page and of a client's first pages (the portal home, the
 * booking wizard's first step, the signed-in dashboard) on a production server started here. Not
 * part of `pnpm test` or CI: it builds, serves and drives a browser for minutes.
 */

const env = readWebBenchEnv()
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const appDir = join(repoRoot, 'apps/web')

// The bare page: Next's own not-found route renders the root not-found page and nothing else, so
// its first load is the framework and React (no page code, no client component). Served for any
// unknown /api path (the proxy sends every page path to a locale).
const bareRoute = '/_not-found'
const bareMaxGzipKb = 110
const weights = [
  { label: 'client portal dashboard', route: '/[locale]/t/[tenant]/portal', maxRatio: 1.5, maxGzipKb: 170 },
  { label: 'staff admin dashboard', route: '/[locale]/t/[tenant]/admin', maxRatio: 2.5, maxGzipKb: 300 },
]
const portal = 'piscines-laurentides'
// A client of that business with an account in the demo data.
const client = 'marie.gagnon@example.com'
const targets = { minPerformance: 95, minAccessibility: 100 }

if (env.BENCH_SKIP_BUILD === '0') {
  console.log('building apps/web (production)…')
  const build = spawnSync('pnpm', ['--filter', '@portail/web', 'build'], { cwd: repoRoot, stdio: 'inherit' })
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status ?? 'signal'})`)
}

console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
const stats = await readRouteStats(appDir)
const readChunk = (path: string) => readFile(join(appDir, path))
const weightOf = (route: string) => pageWeight(stats, route, readChunk)
const bare = await weightOf(bareRoute)
console.log(
  `bare page (${bareRoute}): ${kB(bare.gzipBytes)} gzipped first-load JS (${bare.chunks} chunks, ${kB(bare.uncompressedBytes)} raw) ` +
    `(target <= ${bareMaxGzipKb} kB: ${bare.gzipBytes / 1000 <= bareMaxGzipKb ? 'met' : 'NOT met'})`,
)
for (const page of weights) {
  const weight = await weightOf(page.route)
  const ratio = weight.gzipBytes / bare.gzipBytes
  console.log(
    `${page.label} (${page.route}): ${kB(weight.gzipBytes)} gzipped (${weight.chunks} chunks, ${kB(weight.uncompressedBytes)} raw); ` +
      `ratio to bare ${ratio.toFixed(2)} (target <= ${page.maxRatio}x and <= ${page.maxGzipKb} kB: ` +
      `${ratio <= page.maxRatio && weight.gzipBytes / 1000 <= page.maxGzipKb ? 'met' : 'NOT met'})`,
  )
}

const server = await startProductionServer(appDir)
try {
  const root = `localhost:${server.port}`
  const host = `${portal}.localhost:${server.port}`
  const session = await signInOverHttp(server, host, client)
  const page = (label: string, route: string, pageHost: string, path: string, extra: Partial<LighthousePage> = {}) => ({
    label,
    route,
    pageHost,
    path,
    url: `http://${pageHost}${path}`,
    ...extra,
  })
  const measured = [
    page('bare page (not found)', bareRoute, root, '/api/web-bench-bare-page', { notFound: true }),
    page('portal home (visitor)', '/[locale]/t/[tenant]', host, '/fr'),
    page('booking, first step (visitor)', '/[locale]/t/[tenant]/portal/book', host, '/fr/portal/book'),
    page('client dashboard (signed in)', '/[locale]/t/[tenant]/portal', host, '/fr/portal', {
      headers: { cookie: session },
    }),
  ]
  for (const { url, pageHost, path, headers, notFound } of measured) {
    // One unmeasured request each, so the first run does not pay for the server's first render;
    // and a page answering anything else (a redirect to sign-in) would be another page measured.
    const status = await server.get(pageHost, path, headers)
    const expected = notFound ? 404 : 200
    if (status !== expected) throw new Error(`${url} answered ${status}, not ${expected}`)
  }
  console.log(
    `lighthouse (mobile, simulated slow 4G and 4x CPU), median of ${env.BENCH_LIGHTHOUSE_RUNS} rounds, pages in turn; ` +
      `targets: performance >= ${targets.minPerformance}, accessibility >= ${targets.minAccessibility}`,
  )
  const loadBefore = loadavg()[0] ?? Number.NaN
  const scores = await lighthouseMedians(measured, env.CHROMIUM_PATH, env.BENCH_LIGHTHOUSE_RUNS)
  // Other work on the machine inflates the main-thread time Lighthouse observes: say how much there was.
  console.log(`load average (1 min) ${loadBefore.toFixed(1)} -> ${(loadavg()[0] ?? Number.NaN).toFixed(1)}`)
  const rows = await Promise.all(
    measured.map(async ({ label, route }, index) => {
      const pageScores = scores[index]
      if (!pageScores) throw new Error(`no Lighthouse result for ${label}`)
      return { label, gzipBytes: (await weightOf(route)).gzipBytes, scores: pageScores }
    }),
  )
  const [bareRow, ...pageRows] = rows
  if (!bareRow) throw new Error('no bare page measured')
  console.log(lighthouseTable(bareRow, pageRows, targets))
} finally {
  await server.stop()
}
