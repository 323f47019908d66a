import type { z } from 'zod'
import { DomainError } from './errors'

/** Keyset cursors travel as base64url JSON: opaque to callers, checked again when they return. */
export function encodeCursor(position: unknown): string {
  return Buffer.from(JSON.stringify(position), 'utf8').toString('base64url')
}

export function decodeCursor<T>(cursor: string, schema: z.ZodType<T>): T {
  let decoded: unknown
  try {
    decoded = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'))
  } catch {
    throw new DomainError('BAD_REQUEST', 'pagination.invalidCursor', { field: 'cursor' })
  }
  const parsed = schema.safeParse(decoded)
  if (!parsed.success) throw new DomainError('BAD_REQUEST', 'pagination.invalidCursor', { field: 'cursor' })
  return parsed.data
}

export interface Page<T> {
  items: T[]
  /** Pass back as `cursor` for the next page; null on the last page. */
  nextCursor: string | null
}

/** `rows` was fetched with limit + 1: the extra row only says whether another page exists. */
export function toPage<T>(rows: T[], limit: number, positionOf: (row: T) => unknown): Page<T> {
  const items = rows.slice(0, limit)
  const last = items.at(-1)
  return { items, nextCursor: rows.length > limit && last !== undefined ? encodeCursor(positionOf(last)) : null }
}

/** ILIKE pattern matching `term` anywhere, with the user's own % and _ taken literally. */
export const containsPattern = (term: string) => `%${term.replace(/[\\%_]/g, (char) => `\\${char}`)}%`
