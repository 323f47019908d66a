import { describe, expect, it } from 'vitest'
import { offlinePageHtml } from './offline-page'

describe('offlinePageHtml', () => {
  it('says it is offline in French then English, each part in its language, with no script', () => {
    const html = offlinePageHtml()
    expect(html).toContain('<section lang="fr"><h1>Vous êtes hors ligne</h1>')
    expect(html).toContain('<section lang="en"><h1>You are offline</h1>')
    expect(html.indexOf('lang="fr"><h1>')).toBeLessThan(html.indexOf('lang="en"><h1>'))
    expect(html).toContain('<a href="">Réessayer</a>')
    expect(html).not.toMatch(/<script/i)
  })
})
