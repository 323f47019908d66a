import { describe, expect, it } from 'vitest'
import { z } from 'zod'
import { containsPattern, decodeCursor, encodeCursor, toPage } from './cursor'
import { DomainError } from './errors'

describe('cursor', () => {
  const schema = z.tuple([z.string(), z.number()])

  it('round-trips a keyset position', () => {
    expect(decodeCursor(encodeCursor(['Émilie', 3]), schema)).toEqual(['Émilie', 3])
  })

  it('refuses a forged or stale cursor as a bad request on the cursor field', () => {
    for (const bad of ['not-json', encodeCursor({ other: 'shape' })]) {
      const error = (() => {
        try {
          decodeCursor(bad, schema)
        } catch (caught) {
          return caught
        }
      })()
      expect(error).toBeInstanceOf(DomainError)
      expect(error).toMatchObject({ code: 'BAD_REQUEST', field: 'cursor' })
    }
  })

  it('gives a next cursor only when another page exists', () => {
    expect(toPage([1, 2, 3], 2, (n) => [n]).nextCursor).not.toBeNull()
    expect(toPage([1, 2], 2, (n) => [n])).toEqual({ items: [1, 2], nextCursor: null })
  })

  it('takes % and _ in a search term literally', () => {
    expect(containsPattern('50%_off\\')).toBe('%50\\%\\_off\\\\%')
  })
})
