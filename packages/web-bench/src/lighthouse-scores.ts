import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'
import { type LighthouseRun, medians } from './medians'

export type { LighthouseRun } from './medians'

export interface LighthousePage {
  label: string
  url: string
  /** Sent with every request of the page (a session's Cookie for a signed-in page). */
  headers?: Record<string, string>
  /** The bare page is a 404 (Next's not-found route): Lighthouse measures it anyway. */
  notFound?: boolean
}

async function runOnce(page: LighthousePage, port: number): Promise<LighthouseRun> {
  // Lighthouse sometimes loses a trace (NO_NAVSTART on a busy machine); a run is repeated, a
  // page that keeps failing is an error.
  for (let failures = 0; ;) {
    const result = await lighthouse(page.url, {
      port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance', 'accessibility'],
      ...(page.headers ? { extraHeaders: page.headers } : {}),
      ...(page.notFound ? { ignoreStatusCode: true } : {}),
    })
    if (!result) throw new Error(`Lighthouse returned nothing for ${page.url}`)
    const { categories, audits, runtimeError, environment } = result.lhr
    if (!runtimeError) {
      return {
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
        benchmarkIndex: environment.benchmarkIndex,
      }
    }
    failures += 1
    if (failures > 3) throw new Error(`Lighthouse could not load ${page.url}: ${runtimeError.message}`)
    console.warn(`lighthouse: run of ${page.label} failed (${runtimeError.code}), running again`)
  }
}

/**
 * Lighthouse's default (mobile) configuration, simulated slow 4G and 4x CPU slowdown, in Debian's
 * Chromium: `runs` rounds, each round one run of every page in turn (so load from other work hits
 * the baseline and the pages alike), and each metric's median per page. Scores are 0-100.
 */
export async function lighthouseMedians(
  pages: LighthousePage[],
  chromePath: string,
  runs: number,
): Promise<LighthouseRun[]> {
  const chrome = await chromeLauncher.launch({
    chromePath,
    chromeFlags: [
      '--headless=new',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-sync',
    ],
  })
  try {
    const results = pages.map((): LighthouseRun[] => [])
    for (let round = 0; round < runs; round += 1) {
      for (const [index, page] of pages.entries()) {
        results[index]?.push(await runOnce(page, chrome.port))
      }
    }
    return results.map(medians)
  } finally {
    chrome.kill()
  }
}
