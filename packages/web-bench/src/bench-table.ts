import type { LighthouseRun } from './medians'

export interface BenchRow {
  label: string
  /** Gzipped first-load JavaScript of the page's route. */
  gzipBytes: number
  scores: LighthouseRun
}

export interface BenchTargets {
  minPerformance: number
  minAccessibility: number
}

const pad = (text: string, width: number) => text.padEnd(width)
const padLeft = (text: string, width: number) => text.padStart(width)

/** Whether a page meets the score targets, and which ones it misses. */
export function missedTargets(scores: LighthouseRun, targets: BenchTargets): string[] {
  const missed: string[] = []
  if (scores.performance < targets.minPerformance) missed.push(`performance < ${targets.minPerformance}`)
  if (scores.accessibility < targets.minAccessibility) missed.push(`accessibility < ${targets.minAccessibility}`)
  return missed
}

/**
 * The Lighthouse table, the bare page first: its row is the baseline of the same run, so each
 * page's JavaScript is also given as a ratio of it, and a bad score on the bare page says the
 * machine, not the page, was slow. `CPU` is Lighthouse's benchmark of the machine during the
 * page's runs: blocking time is the main thread's observed time times 4, so it falls as this rises.
 */
export function lighthouseTable(bare: BenchRow, pages: BenchRow[], targets: BenchTargets): string {
  const rows = [bare, ...pages]
  const width = Math.max(...rows.map((row) => row.label.length), 'page'.length)
  const header = `${pad('page', width)} | JS gzip  | x bare | perf | a11y | LCP ms | TBT ms |   CLS |  CPU | targets`
  const lines = rows.map((row) => {
    const missed = missedTargets(row.scores, targets)
    return [
      pad(row.label, width),
      padLeft(`${(row.gzipBytes / 1000).toFixed(1)} kB`, 8),
      padLeft((row.gzipBytes / bare.gzipBytes).toFixed(2), 6),
      padLeft(String(row.scores.performance), 4),
      padLeft(String(row.scores.accessibility), 4),
      padLeft(row.scores.lcpMs.toFixed(0), 6),
      padLeft(row.scores.tbtMs.toFixed(0), 6),
      padLeft(row.scores.cls.toFixed(3), 5),
      padLeft(row.scores.benchmarkIndex.toFixed(0), 4),
      missed.length === 0 ? 'met' : `NOT met (${missed.join(', ')})`,
    ].join(' | ')
  })
  return [header, '-'.repeat(header.length), ...lines].join('\n')
}
