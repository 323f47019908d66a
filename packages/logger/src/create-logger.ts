import { type DestinationStream, type Logger, pino } from 'pino'
import type { LoggerEnv } from './env'
import { currentLogContext } from './log-context'
import { readableLine } from './readable-lines'
import { censor, redactPaths } from './redaction'
import { serializeError } from './serialize-error'

export type { Logger } from 'pino'

export interface LoggerOptions extends LoggerEnv {
  /** Where lines go: stdout by default; tests pass a stream that keeps them. */
  destination?: DestinationStream
}

const stdout: DestinationStream = { write: (line: string) => process.stdout.write(line) }

const readable = (next: DestinationStream): DestinationStream => ({
  write: (line: string) => next.write(readableLine(line)),
})

/**
 * A pino logger with the request's ids on every line (see `withLogContext`) and the personal data
 * of `redactedKeys` replaced before anything is written.
 */
export function createLogger(options: LoggerOptions): Logger {
  const destination = options.destination ?? stdout
  return pino(
    {
      level: options.level,
      base: undefined,
      redact: { paths: redactPaths, censor },
      mixin: () => ({ ...currentLogContext() }),
      // `err` is pino's name for an error; `error` is the one callers reach for.
      serializers: { err: serializeError, error: serializeError },
    },
    options.format === 'json' ? destination : readable(destination),
  )
}
