import { z } from 'zod'

const levels = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'] as const

export type LogLevel = (typeof levels)[number]

export interface LoggerEnv {
  level: LogLevel
  /** One JSON object a line (production: read by machines); otherwise one readable line. */
  format: 'json' | 'readable'
}

const levelSchema = z.enum(levels)

/**
 * LOG_LEVEL (optional, default `info`; `silent` under tests so their output stays the test
 * runner's) and the format, from NODE_ENV: JSON in production, readable lines elsewhere.
 */
export function readLoggerEnv(source: Record<string, string | undefined> = process.env): LoggerEnv {
  const configured = source.LOG_LEVEL?.trim()
  const parsed = levelSchema.safeParse(configured)
  if (configured && !parsed.success) {
    throw new Error(`LOG_LEVEL must be one of ${levels.join(', ')} (got "${configured.slice(0, 20)}").`)
  }
  const fallback: LogLevel = source.NODE_ENV === 'test' ? 'silent' : 'info'
  return {
    level: parsed.success ? parsed.data : fallback,
    format: source.NODE_ENV === 'production' ? 'json' : 'readable',
  }
}
