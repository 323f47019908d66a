import { z } from 'zod'

const schema = z.object({
  /** Length of one measured round; shorter for a quick check, longer for steadier medians. */
  BENCH_ROUND_MS: z.coerce.number().int().min(100).default(3000),
})

/** The benchmark's own knobs, validated like every other configuration. */
export const readBenchEnv = (source: Record<string, string | undefined> = process.env) =>
  schema.parse({ BENCH_ROUND_MS: source.BENCH_ROUND_MS === '' ? undefined : source.BENCH_ROUND_MS })
