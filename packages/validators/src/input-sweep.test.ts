import { z } from 'zod'
import { describe, expect, it } from 'vitest'
import * as validators from './index'
import { inputFaults } from './input-sweep'
import { ZMultilineText, ZText } from './text'

const isSchema = (value: unknown): value is z.ZodType => value instanceof z.ZodType

describe('inputFaults', () => {
  it('finds no fault in any schema the package exports', () => {
    const exported: [string, unknown][] = Object.entries(validators)
    const faults = exported
      // The building blocks themselves get their max where they are used.
      .filter(([name]) => name !== 'ZText' && name !== 'ZMultilineText')
      .flatMap(([name, value]) => (isSchema(value) ? inputFaults(value, name) : []))
    expect(faults).toEqual([])
  })

  it('names a text without max, a text without the control-character check, a bare number and an open list', () => {
    const forgetful = z.strictObject({
      note: ZText.trim(),
      title: z.string().max(80),
      fee: z.number().int().min(0),
      tags: z.array(ZText.max(20)),
      nested: z.strictObject({ ok: ZMultilineText.max(10).optional(), count: z.number().min(0).max(5) }),
    })
    expect(inputFaults(forgetful)).toEqual([
      { path: 'input.note', fault: 'string without max length' },
      { path: 'input.title', fault: 'string without the control-character check' },
      { path: 'input.fee', fault: 'number without min and max' },
      { path: 'input.tags', fault: 'array without max length' },
    ])
  })

  it('flags a schema type it does not know instead of passing it', () => {
    expect(inputFaults(z.strictObject({ anything: z.unknown() }))).toEqual([
      { path: 'input.anything', fault: 'unsupported schema type unknown' },
    ])
  })
})
