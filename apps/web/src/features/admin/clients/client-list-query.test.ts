import { describe, expect, it } from 'vitest'
import { clientListHref, readClientListQuery } from './client-list-query'

describe('client list query', () => {
  it('reads the filters a GET form wrote, trimming the search', () => {
    expect(readClientListQuery({ q: '  tremblay ', status: 'archived', lang: 'en', cursor: 'abc' })).toEqual({
      search: 'tremblay',
      status: 'archived',
      language: 'en',
      cursor: 'abc',
    })
  })

  it('falls back to active clients in every language when the URL says something unknown', () => {
    expect(readClientListQuery({ status: 'deleted', lang: 'de', q: ['a', 'b'] })).toEqual({
      search: 'a',
      status: 'active',
      language: null,
      cursor: null,
    })
    // An empty language choice ("all") is no filter.
    expect(readClientListQuery({ lang: '' }).language).toBeNull()
  })

  it('writes only what differs from the defaults, so the first page has a clean URL', () => {
    const base = '/fr/admin/clients'
    expect(clientListHref(base, { search: '', status: 'active', language: null, cursor: null })).toBe(base)
    expect(clientListHref(base, { search: 'a b', status: 'archived', language: 'fr', cursor: 'c1' })).toBe(
      `${base}?q=a+b&status=archived&lang=fr&cursor=c1`,
    )
  })
})
