import { describe, expect, it } from 'vitest'
import { holds, parseExpression } from './expression'

describe('cancelOn and trigger expressions', () => {
  it('compare paths of the two events and literals', () => {
    const same = parseExpression('async.data.bookingId == event.data.bookingId')
    expect(holds(same, { async: { data: { bookingId: 'b1' } }, event: { data: { bookingId: 'b1' } } })).toBe(true)
    expect(holds(same, { async: { data: { bookingId: 'b1' } }, event: { data: { bookingId: 'b2' } } })).toBe(false)
    // A value absent on both sides is no match (undefined never equals undefined).
    expect(holds(same, { async: { data: {} }, event: { data: {} } })).toBe(false)
    const literal = parseExpression("event.data.function_id == 'portail-x' && event.data.n == 2")
    expect(holds(literal, { event: { data: { function_id: 'portail-x', n: 2 } } })).toBe(true)
  })

  it('refuses anything beyond == joined by &&', () => {
    expect(() => parseExpression('async.data.n > event.data.n')).toThrow('not supported')
    expect(() => parseExpression('async.data.a == event.data.a || true')).toThrow('not supported')
    expect(() => parseExpression('size(event.data.list) == 2')).toThrow('not supported')
  })
})
