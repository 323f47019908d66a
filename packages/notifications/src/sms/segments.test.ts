import { describe, expect, it } from 'vitest'
import { countSmsSegments, toGsm7 } from './segments'

describe('countSmsSegments', () => {
  it('counts a French text written within GSM-7 as one segment', () => {
    const text = 'Rappel : votre rendez-vous est demain à 9 h 30. Répondez STOP pour ne plus recevoir.'
    expect(countSmsSegments(text)).toEqual({ encoding: 'GSM-7', segments: 1 })
  })

  it('sends the whole text as UCS-2 for one character outside GSM-7 (guillemets, ê, ô, ç, ’)', () => {
    for (const c of ['«', '»', 'ê', 'ô', 'ç', '’', '—', '🙂']) {
      expect(countSmsSegments(`Rappel ${c}`).encoding).toBe('UCS-2')
    }
    const text = 'Rappel : « votre rendez-vous est demain à 9 h 30 ». Répondez STOP pour ne plus recevoir, merci.'
    expect(text.length).toBeGreaterThan(70)
    expect(countSmsSegments(text)).toEqual({ encoding: 'UCS-2', segments: 2 })
  })

  it('fits 160 GSM-7 characters in one segment and 153 per segment beyond', () => {
    expect(countSmsSegments('a'.repeat(160)).segments).toBe(1)
    expect(countSmsSegments('a'.repeat(161)).segments).toBe(2)
    expect(countSmsSegments('a'.repeat(306)).segments).toBe(2)
    expect(countSmsSegments('a'.repeat(307)).segments).toBe(3)
  })

  it('counts the extension table (€, [, ]) as two septets and never splits one', () => {
    expect(countSmsSegments('€'.repeat(80))).toEqual({ encoding: 'GSM-7', segments: 1 })
    expect(countSmsSegments('€'.repeat(81)).segments).toBe(2)
    // 152 plain septets then a two-septet character: it moves whole to the second segment.
    expect(countSmsSegments(`${'a'.repeat(152)}€${'a'.repeat(152)}`).segments).toBe(3)
  })

  it('fits 70 UCS-2 characters in one segment and 67 per segment beyond', () => {
    expect(countSmsSegments('ê'.repeat(70)).segments).toBe(1)
    expect(countSmsSegments('ê'.repeat(71)).segments).toBe(2)
    expect(countSmsSegments('ê'.repeat(134)).segments).toBe(2)
    expect(countSmsSegments('ê'.repeat(135)).segments).toBe(3)
  })

  it('counts nothing for an empty text', () => {
    expect(countSmsSegments('')).toEqual({ encoding: 'GSM-7', segments: 0 })
  })
})

describe('toGsm7', () => {
  it('keeps what GSM-7 has and rewrites the rest into it', () => {
    expect(toGsm7('Forêt & Château « Les Îles » — août, reçu’')).toBe('Foret & Chateau " Les Iles " - aout, recu\'')
    expect(toGsm7('9\u202fh\u202f30')).toBe('9 h 30')
    expect(toGsm7('Élise à l’été, où')).toBe("Élise à l'été, où")
    expect(countSmsSegments(toGsm7('Spa 🙂 Zoë Łódź')).encoding).toBe('GSM-7')
  })
})
