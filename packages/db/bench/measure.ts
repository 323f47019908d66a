/**
 * Throughput of `op` with `concurrency` callers for `durationMs`: operations per second.
 * Callers loop back to back so the pool, not a timer, sets the pace.
 */
export async function throughput(
  op: (i: number) => Promise<unknown>,
  concurrency: number,
  durationMs: number,
): Promise<number> {
  let done = 0
  const deadline = performance.now() + durationMs
  const started = performance.now()
  const worker = async (w: number) => {
    for (let i = w; performance.now() < deadline; i += concurrency) {
      await op(i)
      done++
    }
  }
  await Promise.all(Array.from({ length: concurrency }, (_, w) => worker(w)))
  return done / ((performance.now() - started) / 1000)
}

export const median = (values: number[]) => {
  const sorted = [...values].sort((x, y) => x - y)
  const mid = Math.floor(sorted.length / 2)
  return sorted.length % 2 ? (sorted[mid] ?? 0) : ((sorted[mid - 1] ?? 0) + (sorted[mid] ?? 0)) / 2
}
