import { describe, expect, it } from 'vitest'
import { settingsFormSchema, settingsFormValuesOf, settingsUpdateOf } from './settings-form-values'

const saved = {
  name: 'Piscines Laurentides',
  timeZone: 'America/Toronto',
  defaultLocale: 'fr' as const,
  primaryColor: null,
  descriptionFr: null,
  descriptionEn: 'Pool care.',
  privacyOfficer: { name: 'Sophie Lavoie', email: 'vie-privee@piscines.example' },
  contactPhone: '+14505550132',
  contactAddress: {
    line1: '1250, boulevard du Curé-Labelle',
    city: 'Saint-Jérôme',
    province: 'QC',
    postalCode: 'J7Z 5T2',
  },
}

describe('settings form values', () => {
  it('sends only what changed, and an emptied officer as null', () => {
    const initial = settingsFormValuesOf(saved, 'fr')
    expect(settingsUpdateOf({ ...initial, primaryColor: '#0F766E' }, initial)).toEqual({ primaryColor: '#0F766E' })
    expect(settingsUpdateOf({ ...initial, officerName: '', officerEmail: '' }, initial)).toEqual({
      privacyOfficer: null,
    })
    expect(settingsUpdateOf({ ...initial, descriptionEn: '  ' }, initial)).toEqual({ descriptionEn: null })
    expect(settingsUpdateOf(initial, initial)).toEqual({})
  })

  it('refuses an officer with a name and no address', () => {
    const result = settingsFormSchema.safeParse({ ...settingsFormValuesOf(saved, 'fr'), officerEmail: '' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['officerName'], message: 'settings.officerIncomplete' })
  })

  it('shows the phone as people write it in the reader’s language, and sends it only when changed', () => {
    expect(settingsFormValuesOf(saved, 'fr').contactPhone).toBe('450 555-0132')
    const initial = settingsFormValuesOf(saved, 'en')
    expect(initial.contactPhone).toBe('450-555-0132')
    expect(settingsUpdateOf({ ...initial, contactPhone: ' 450-555-0132 ' }, initial)).toEqual({})
    expect(settingsUpdateOf({ ...initial, contactPhone: '514 555-0100' }, initial)).toEqual({
      contactPhone: '514 555-0100',
    })
    expect(settingsUpdateOf({ ...initial, contactPhone: '' }, initial)).toEqual({ contactPhone: null })
    expect(settingsFormValuesOf({ ...saved, contactPhone: null }, 'fr').contactPhone).toBe('')
  })

  it('sends the address whole when a part changed, and an emptied one as null', () => {
    const initial = settingsFormValuesOf(saved, 'fr')
    expect(initial.contactAddress).toEqual({ ...saved.contactAddress, line2: '' })
    const moved = { ...initial.contactAddress, line2: ' Bureau 3 ' }
    expect(settingsUpdateOf({ ...initial, contactAddress: moved }, initial)).toEqual({
      contactAddress: { ...saved.contactAddress, line2: 'Bureau 3' },
    })
    const emptied = { line1: '', line2: '', city: '', province: '', postalCode: '' }
    expect(settingsUpdateOf({ ...initial, contactAddress: emptied }, initial)).toEqual({ contactAddress: null })
    expect(settingsFormSchema.safeParse({ ...initial, contactAddress: emptied }).success).toBe(true)
  })

  it('refuses an address given in part, on each missing part', () => {
    const partial = { line1: '10 rue Principale', line2: '', city: '', province: 'QC', postalCode: '' }
    const result = settingsFormSchema.safeParse({ ...settingsFormValuesOf(saved, 'fr'), contactAddress: partial })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['contactAddress.city', 'settings.addressIncomplete'],
      ['contactAddress.postalCode', 'settings.addressIncomplete'],
    ])
  })
})
