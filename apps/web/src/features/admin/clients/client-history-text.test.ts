import { auditActions } from '@portail/core/clients'
import { catalogs, type Locale } from '@portail/i18n'
import { describe, expect, it } from 'vitest'
import { historyActionText } from './client-history-text'

const translator = (locale: Locale) => {
  const words: Record<string, string> = catalogs[locale].adminClients
  return (key: string) => {
    const text = words[key]
    if (text === undefined) throw new Error(`adminClients.${key} is missing in ${locale}`)
    return text
  }
}

describe.each(['fr', 'en'] as const)('client history labels in %s', (locale) => {
  const t = translator(locale)

  it('words every action the audit log can hold, each its own way, never as its raw key', () => {
    const texts = auditActions.map((action) => historyActionText(t, action))
    for (const [index, text] of texts.entries()) {
      const action = auditActions[index] ?? ''
      expect(text, action).not.toBe(t('actionOther'))
      expect(text, action).not.toContain(action)
      expect(text.length, action).toBeGreaterThan(3)
    }
    expect(new Set(texts).size).toBe(auditActions.length)
  })

  it('names a booking made for the client, not a raw key', () => {
    expect(historyActionText(t, 'booking.created')).toBe(locale === 'fr' ? 'Rendez-vous réservé' : 'Appointment booked')
  })

  it('reads an action no longer listed as a plain other change, without its key', () => {
    expect(historyActionText(t, 'retired.action')).toBe(t('actionOther'))
    expect(historyActionText(t, 'retired.action')).not.toContain('retired')
  })
})
