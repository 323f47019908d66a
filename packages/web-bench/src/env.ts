import { z } from 'zod'

const flag = z.enum(['0', '1']).default('0')

const schema = z.object({
  /** `1`: measure the build already in apps/web/.next instead of building first. */
  BENCH_SKIP_BUILD: flag,
  /** Lighthouse runs per page; the median is reported. */
  BENCH_LIGHTHOUSE_RUNS: z.coerce.number().int().min(1).max(15).default(3),
  /** Chromium for Lighthouse (Debian's by default, as for the end-to-end tests). */
  CHROMIUM_PATH: z.string().min(1).default('/usr/bin/chromium'),
})

export type WebBenchEnv = z.infer<typeof schema>

const blankToUndefined = (value: string | undefined) => (value === '' ? undefined : value)

/** The web bench's own knobs, validated like every other configuration. */
export const readWebBenchEnv = (source: Record<string, string | undefined> = process.env): WebBenchEnv =>
  schema.parse({
    BENCH_SKIP_BUILD: blankToUndefined(source.BENCH_SKIP_BUILD),
    BENCH_LIGHTHOUSE_RUNS: blankToUndefined(source.BENCH_LIGHTHOUSE_RUNS),
    CHROMIUM_PATH: blankToUndefined(source.CHROMIUM_PATH),
  })

/**
 * What the benchmark's production server inherits: the caller's environment minus anything that
 * could point it at another database, domain, identity provider or test switch.
 */
export const serverBaseEnv = (source: Record<string, string | undefined> = process.env): Record<string, string> =>
  Object.fromEntries(
    Object.entries(source).filter(
      (entry): entry is [string, string] =>
        entry[1] !== undefined &&
        !/^(DATABASE_|PGLITE_DATA_DIR$|ROOT_DOMAIN$|PORTAIL_|CLERK_|NEXT_PUBLIC_CLERK_|PORT$)/.test(entry[0]),
    ),
  )
