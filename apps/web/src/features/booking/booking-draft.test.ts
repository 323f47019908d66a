import { describe, expect, it } from 'vitest'
import {
  clearDraft,
  type DraftStores,
  handOff,
  handOffMinutes,
  restoredDetails,
  saveTyped,
  takeDraft,
} from './booking-draft'
import { emptyDetails } from './details-fields'

/** A tab's storages: `local` shared by the browser's tabs, `session` its own. */
function memoryStore() {
  const items = new Map<string, string>()
  return {
    getItem: (key: string) => items.get(key) ?? null,
    setItem: (key: string, value: string) => void items.set(key, value),
    removeItem: (key: string) => void items.delete(key),
  }
}
const browser = () => {
  const local = memoryStore()
  return { tab: (): DraftStores => ({ local, session: memoryStore() }) }
}

const typed = {
  ...emptyDetails,
  line1: '742, rue des Érables',
  city: 'Saint-Sauveur',
  province: 'QC',
  postalCode: 'J0R 1R0',
  notes: 'Code de la barrière : 4321',
}
const search = '?service=019a0000-0000-7000-8000-000000000001&staff=any&step=review'
const now = Date.parse('2026-12-07T15:00:00Z')

describe('the booking draft across sign-in', () => {
  it('comes back in the same tab as typed', () => {
    const tab = browser().tab()
    saveTyped(tab, 'piscines', typed)
    expect(takeDraft(tab, 'piscines', now)).toEqual({ details: typed, search: null })
  })

  it('comes back in another tab when the sign-in ends there, with the choice, once', () => {
    const chrome = browser()
    const first = chrome.tab()
    saveTyped(first, 'piscines', typed)
    handOff(first, 'piscines', { details: typed, search }, now)
    const second = chrome.tab()
    expect(takeDraft(second, 'piscines', now + 5 * 60_000)).toEqual({ details: typed, search })
    // Taken: a third tab, or a later visit, starts afresh; the tab that took it keeps it.
    expect(takeDraft(chrome.tab(), 'piscines', now + 6 * 60_000)).toBeNull()
    expect(takeDraft(second, 'piscines', now + 6 * 60_000)?.details).toEqual(typed)
  })

  it('is not handed over after half an hour, nor to another business', () => {
    const chrome = browser()
    handOff(chrome.tab(), 'piscines', { details: typed, search }, now)
    expect(takeDraft(chrome.tab(), 'clinique', now + 60_000)).toBeNull()
    handOff(chrome.tab(), 'piscines', { details: typed, search }, now)
    expect(takeDraft(chrome.tab(), 'piscines', now + (handOffMinutes + 1) * 60_000)).toBeNull()
  })

  it('is gone once the booking is made', () => {
    const tab = browser().tab()
    handOff(tab, 'piscines', { details: typed, search }, now)
    clearDraft(tab, 'piscines')
    expect(takeDraft(tab, 'piscines', now)).toBeNull()
  })

  it('ignores what it cannot read rather than failing', () => {
    const tab = browser().tab()
    tab.session.setItem('portail.booking.draft.piscines', '{not json')
    tab.local.setItem('portail.booking.handoff.piscines', JSON.stringify({ details: 'x', savedAt: now }))
    expect(takeDraft(tab, 'piscines', now)).toBeNull()
  })
})

describe('the details shown after signing in', () => {
  const onFile = { line1: '45 Bennett Road', city: 'Sainte-Adèle', province: 'QC', postalCode: 'J8B 1A1' }

  it('keep the address typed over the one on file', () => {
    expect(restoredDetails(typed, onFile)).toEqual(typed)
  })

  it('take the address on file when none was typed, keeping the notes', () => {
    expect(restoredDetails({ ...emptyDetails, notes: 'Chien' }, onFile)).toEqual({
      line1: '45 Bennett Road',
      line2: '',
      city: 'Sainte-Adèle',
      province: 'QC',
      postalCode: 'J8B 1A1',
      notes: 'Chien',
    })
  })
})
