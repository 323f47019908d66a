import { describe, expect, it } from 'vitest'
import { cn } from './cn'

describe('cn', () => {
  it('lets a caller override a component default of the same property', () => {
    expect(cn('px-4 py-2 bg-primary', 'px-2')).toBe('py-2 bg-primary px-2')
    expect(cn('text-sm text-foreground', 'text-destructive')).toBe('text-sm text-destructive')
  })

  it('drops falsy and conditional classes', () => {
    const disabled = false
    expect(cn('a', disabled && 'opacity-50', undefined, null, { b: true, c: false })).toBe('a b')
  })
})
