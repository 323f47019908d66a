import { describe, expect, it } from 'vitest'
import { lighthouseTable, missedTargets } from './bench-table'
import type { LighthouseRun } from './medians'

const scores = (performance: number, accessibility: number): LighthouseRun => ({
  performance,
  accessibility,
  lcpMs: 1500,
  tbtMs: 120,
  cls: 0,
  benchmarkIndex: 850,
})
const targets = { minPerformance: 95, minAccessibility: 100 }

describe('the Lighthouse table of the web bench', () => {
  it('names each target a page misses', () => {
    expect(missedTargets(scores(97, 100), targets)).toEqual([])
    expect(missedTargets(scores(94, 96), targets)).toEqual(['performance < 95', 'accessibility < 100'])
  })

  it('prints the bare page first as the baseline, and each page’s JavaScript as a ratio of it', () => {
    const table = lighthouseTable(
      { label: 'bare page', gzipBytes: 100_000, scores: scores(99, 100) },
      [{ label: 'portal home', gzipBytes: 125_000, scores: scores(90, 100) }],
      targets,
    )
    const [, , bare, home] = table.split('\n')
    expect(bare).toMatch(/^bare page\s+\| +100\.0 kB \| +1\.00 \| +99 \| +100 \| .* \| +850 \| met$/)
    expect(home).toMatch(/^portal home\s+\| +125\.0 kB \| +1\.25 \| +90 \| +100 \| .*NOT met \(performance < 95\)$/)
  })
})
