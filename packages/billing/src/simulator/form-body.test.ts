import { describe, expect, it } from 'vitest'

import { FormBodyError, parseFormBody } from './form-body'

describe('parseFormBody', () => {
  it('reads back nested objects and arrays as the SDK wrote them', () => {
    const body = new URLSearchParams({
      mode: 'payment',
      'line_items[0][price_data][currency]': 'cad',
      'line_items[0][price_data][unit_amount]': '5749',
      'line_items[0][quantity]': '2',
      'line_items[1][price_data][product_data][name]': 'Ouverture de piscine',
      'metadata[paymentId]': 'p1',
      'created[gte]': '1700000000',
    }).toString()
    expect(parseFormBody(body)).toEqual({
      mode: 'payment',
      line_items: [
        { price_data: { currency: 'cad', unit_amount: '5749' }, quantity: '2' },
        { price_data: { product_data: { name: 'Ouverture de piscine' } } },
      ],
      metadata: { paymentId: 'p1' },
      created: { gte: '1700000000' },
    })
  })

  it('keeps a metadata map whose keys are not indexes an object', () => {
    expect(parseFormBody('metadata[0]=a&metadata[2]=b')).toEqual({ metadata: { '0': 'a', '2': 'b' } })
  })

  it('refuses prototype keys, conflicts and malformed names', () => {
    expect(() => parseFormBody('a[__proto__][x]=1')).toThrow(FormBodyError)
    expect(() => parseFormBody('a=1&a[b]=2')).toThrow(FormBodyError)
    expect(() => parseFormBody('a[b=1')).toThrow(FormBodyError)
    expect(() => parseFormBody(Array.from({ length: 1001 }, (_, i) => `k${i}=1`).join('&'))).toThrow(FormBodyError)
  })

  it('decodes percent-encoded values and brackets', () => {
    expect(parseFormBody('name=Caf%C3%A9+%26+Co&x=%5Bb%5D')).toEqual({ name: 'Café & Co', x: '[b]' })
  })
})
