import { isErrorMessageKey } from '@portail/i18n'
import type { z } from 'zod'
import { DomainError } from '../errors'

/**
 * Parses an input with its zod schema (the API parses it first; core checks again because
 * workflows call it too). The first issue becomes a BAD_REQUEST with its message key and field; a
 * zod default message (a wrong type) reads as `input.invalid`.
 */
export function parseInput<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const parsed = schema.safeParse(input)
  if (parsed.success) return parsed.data
  const issue = parsed.error.issues[0]
  const field = issue?.path.join('.') ?? ''
  const message = issue?.message
  throw new DomainError('BAD_REQUEST', isErrorMessageKey(message) ? message : 'input.invalid', field ? { field } : {})
}
