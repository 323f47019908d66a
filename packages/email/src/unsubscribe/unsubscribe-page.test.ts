import { describe, expect, it } from 'vitest'
import { unsubscribePage } from './unsubscribe-page'

describe('unsubscribePage', () => {
  it('asks to confirm on GET with a button that POSTs the one-click body, in the link’s language', async () => {
    const html = await unsubscribePage('fr', {
      kind: 'confirm',
      businessName: 'Piscines <Sud>',
      topic: 'reminders',
      token: 'p.m',
    })
    expect(html).toContain('lang="fr"')
    expect(html).toContain(
      'Ne plus recevoir ce type de message de Piscines &lt;Sud&gt; par courriel : rappels de rendez-vous ?',
    )
    expect(html).toMatch(/<form action="\/api\/unsubscribe\?token=p\.m" method="post">/)
    expect(html).toContain('name="List-Unsubscribe" value="One-Click"')
    expect(html).toContain('href="/fr/portal/profile"')
    expect(html).not.toContain('<script')
  })

  it('says it is done after the POST, and that a bad link did nothing', async () => {
    expect(await unsubscribePage('en', { kind: 'done', businessName: 'Bravo', topic: 'payments' })).toContain(
      'Done: you will no longer receive these messages from Bravo by email (payment notices).',
    )
    const invalid = await unsubscribePage('en', { kind: 'invalid' })
    expect(invalid).toContain('not valid')
    expect(invalid).not.toContain('<form')
  })
})
