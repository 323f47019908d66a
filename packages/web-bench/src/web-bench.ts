import { spawnSync } from 'node:child_process'
import { readFile } from 'node:fs/promises'
import { cpus } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { readWebBenchEnv } from './env'
import { lighthouseMedians } from './lighthouse-scores'
import { kB, pageWeight, readRouteStats } from './page-weight'
import { startProductionServer } from './production-server'

/*
 * What a visitor's browser pays for the web app, in ratios of the same build so the machine cancels
 * out: (a) first-load JavaScript of the client portal's dashboard against a bare page, from the
 * build output; (b) Lighthouse mobile scores of a portal's home on a production server started
 * here. Not part of `pnpm test` or CI: it builds, serves and drives a browser for minutes.
 */

const env = readWebBenchEnv()
const repoRoot = fileURLToPath(new URL('../../..', import.meta.url))
const appDir = join(repoRoot, 'apps/web')

// The bare page: Next's own not-found route renders the root layout and nothing else, so its
// first load is the framework, React and the layout (no page code, no client component).
const bareRoute = '/_not-found'
const pages = [
  { label: 'client portal dashboard', route: '/[locale]/t/[tenant]/portal', maxRatio: 1.5, maxGzipKb: 170 },
  { label: 'staff admin dashboard', route: '/[locale]/t/[tenant]/admin', maxRatio: 2.5, maxGzipKb: 300 },
]
const lighthousePage = { label: 'portal home (piscines-laurentides, fr)', slug: 'piscines-laurentides', path: '/fr' }
const minScore = 95

if (env.BENCH_SKIP_BUILD === '0') {
  console.log('building apps/web (production)…')
  const build = spawnSync('pnpm', ['--filter', '@portail/web', 'build'], { cwd: repoRoot, stdio: 'inherit' })
  if (build.status !== 0) throw new Error(`the build failed (exit ${build.status ?? 'signal'})`)
}

console.log(`machine: ${cpus().length} cores, ${cpus()[0]?.model ?? '?'}, Node ${process.version}`)
const stats = await readRouteStats(appDir)
const readChunk = (path: string) => readFile(join(appDir, path))
const bare = await pageWeight(stats, bareRoute, readChunk)
console.log(
  `bare page (${bareRoute}): ${kB(bare.gzipBytes)} gzipped first-load JS (${bare.chunks} chunks, ${kB(bare.uncompressedBytes)} raw)`,
)
for (const page of pages) {
  const weight = await pageWeight(stats, page.route, readChunk)
  const ratio = weight.gzipBytes / bare.gzipBytes
  console.log(
    `${page.label} (${page.route}): ${kB(weight.gzipBytes)} gzipped (${weight.chunks} chunks, ${kB(weight.uncompressedBytes)} raw); ` +
      `ratio to bare ${ratio.toFixed(2)} (target <= ${page.maxRatio}x and <= ${page.maxGzipKb} kB: ` +
      `${ratio <= page.maxRatio && weight.gzipBytes / 1000 <= page.maxGzipKb ? 'met' : 'NOT met'})`,
  )
}

const server = await startProductionServer(appDir)
try {
  const host = `${lighthousePage.slug}.localhost:${server.port}`
  // One unmeasured request, so the first run does not pay for the server's first render.
  const status = await server.get(host, lighthousePage.path)
  if (status !== 200) throw new Error(`${host}${lighthousePage.path} answered ${status}`)
  const url = `http://${host}${lighthousePage.path}`
  console.log(`lighthouse (mobile, simulated throttling), median of ${env.BENCH_LIGHTHOUSE_RUNS} runs: ${url}`)
  const scores = await lighthouseMedians(url, env.CHROMIUM_PATH, env.BENCH_LIGHTHOUSE_RUNS)
  const met = (score: number) => (score >= minScore ? 'met' : 'NOT met')
  console.log(
    `${lighthousePage.label}: performance ${scores.performance} (target >= ${minScore}: ${met(scores.performance)}), ` +
      `accessibility ${scores.accessibility} (target >= ${minScore}: ${met(scores.accessibility)}); LCP ${scores.lcpMs.toFixed(0)} ms, TBT ` +
      `${scores.tbtMs.toFixed(0)} ms, CLS ${scores.cls.toFixed(3)}`,
  )
} finally {
  await server.stop()
}
