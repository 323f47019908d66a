export interface LighthouseRun {
  performance: number
  accessibility: number
  lcpMs: number
  tbtMs: number
  cls: number
  /** Lighthouse's own CPU benchmark of the machine during the run (higher: less busy). */
  benchmarkIndex: number
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b)
  const middle = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2
}

/** Each metric's median over the runs of one page, metric by metric (not the median run). */
export function medians(results: LighthouseRun[]): LighthouseRun {
  const of = (pick: (run: LighthouseRun) => number) => median(results.map(pick))
  return {
    performance: of((r) => r.performance),
    accessibility: of((r) => r.accessibility),
    lcpMs: of((r) => r.lcpMs),
    tbtMs: of((r) => r.tbtMs),
    cls: of((r) => r.cls),
    benchmarkIndex: of((r) => r.benchmarkIndex),
  }
}
