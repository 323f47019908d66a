import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export interface LighthouseRun {
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/**
 * Lighthouse's default (mobile) configuration, simulated slow 4G and 4x CPU slowdown, in Debian's
 * Chromium: `runs` runs of `url`, each metric's median. Scores are 0-100.
 */
export async function lighthouseMedians(url: string, chromePath: string, runs: number): Promise<LighthouseRun> {
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
    const results: LighthouseRun[] = []
    let failures = 0
    while (results.length < runs) {
      const result = await lighthouse(url, {
        port: chrome.port,
        output: 'json',
        logLevel: 'error',
        onlyCategories: ['performance', 'accessibility'],
      })
      if (!result) throw new Error(`Lighthouse returned nothing for ${url}`)
      const { categories, audits, runtimeError } = result.lhr
      // Lighthouse sometimes loses a trace (NO_NAVSTART on a busy machine); a run is repeated, a
      // page that keeps failing is an error.
      if (runtimeError) {
        failures += 1
        if (failures > runs) throw new Error(`Lighthouse could not load ${url}: ${runtimeError.message}`)
        console.warn(`lighthouse: run failed (${runtimeError.code}), running again`)
        continue
      }
      results.push({
        performance: Math.round((categories.performance?.score ?? 0) * 100),
        accessibility: Math.round((categories.accessibility?.score ?? 0) * 100),
        lcpMs: audits['largest-contentful-paint']?.numericValue ?? Number.NaN,
        tbtMs: audits['total-blocking-time']?.numericValue ?? Number.NaN,
        cls: audits['cumulative-layout-shift']?.numericValue ?? Number.NaN,
      })
    }
    const of = (pick: (run: LighthouseRun) => number) => median(results.map(pick))
    return {
      performance: of((r) => r.performance),
      accessibility: of((r) => r.accessibility),
      lcpMs: of((r) => r.lcpMs),
      tbtMs: of((r) => r.tbtMs),
      cls: of((r) => r.cls),
    }
  } finally {
    chrome.kill()
  }
}
