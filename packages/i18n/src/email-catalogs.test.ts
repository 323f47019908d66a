import { describe, expect, it } from 'vitest'
import { catalogDifferences, flattenMessages } from './catalog-keys'
import { emailCatalogs } from './messages/email-catalogs'

describe('the email catalogs', () => {
  it('are translations of each other: same keys, same arguments, no empty message', () => {
    expect(catalogDifferences(emailCatalogs.fr, emailCatalogs.en)).toEqual({
      onlyInReference: [],
      onlyInOther: [],
      argumentMismatches: [],
    })
    for (const catalog of [emailCatalogs.fr, emailCatalogs.en]) {
      expect([...flattenMessages(catalog)].filter(([, text]) => text.trim() === '')).toEqual([])
    }
  })

  it('use typographic apostrophes only (a straight one reads as a quote in ICU tools)', () => {
    const straight = [...flattenMessages(emailCatalogs.fr), ...flattenMessages(emailCatalogs.en)].filter(([, text]) =>
      text.includes("'"),
    )
    expect(straight).toEqual([])
  })
})
