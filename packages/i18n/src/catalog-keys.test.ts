import { describe, expect, it } from 'vitest'
import { catalogDifferences, flattenMessages, messageArguments } from './catalog-keys'
import { catalogs } from './messages'

describe('the fr and en catalogs', () => {
  it('have the same keys and the same arguments in every message', () => {
    expect(catalogDifferences(catalogs.fr, catalogs.en)).toEqual({
      onlyInReference: [],
      onlyInOther: [],
      argumentMismatches: [],
    })
  })

  it('have no empty message', () => {
    for (const catalog of [catalogs.fr, catalogs.en]) {
      const empty = [...flattenMessages(catalog)].filter(([, text]) => text.trim() === '').map(([key]) => key)
      expect(empty).toEqual([])
    }
  })
})

describe('catalogDifferences', () => {
  it('reports a key missing on either side and an argument lost in translation', () => {
    const fr = { auth: { title: 'Connexion', sent: 'Code envoyé à {email}' }, extra: { only: 'fr' } }
    const en = { auth: { title: 'Sign in', sent: 'Code sent', more: 'en only' } }
    expect(catalogDifferences(fr, en)).toEqual({
      onlyInReference: ['extra.only'],
      onlyInOther: ['auth.more'],
      argumentMismatches: ['auth.sent'],
    })
  })

  it('reads ICU arguments, plural and select included', () => {
    expect(messageArguments('{count, plural, one {# item} other {# items}} for {name}')).toEqual(['count', 'name'])
  })
})
