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
}

describe('settings form values', () => {
  it('sends only what changed, and an emptied officer as null', () => {
    const initial = settingsFormValuesOf(saved)
    expect(settingsUpdateOf({ ...initial, primaryColor: '#0F766E' }, initial)).toEqual({ primaryColor: '#0F766E' })
    expect(settingsUpdateOf({ ...initial, officerName: '', officerEmail: '' }, initial)).toEqual({ privacyOfficer: null })
    expect(settingsUpdateOf({ ...initial, descriptionEn: '  ' }, initial)).toEqual({ descriptionEn: null })
    expect(settingsUpdateOf(initial, initial)).toEqual({})
  })

  it('refuses an officer with a name and no address', () => {
    const result = settingsFormSchema.safeParse({ ...settingsFormValuesOf(saved), officerEmail: '' })
    expect(result.success).toBe(false)
    expect(result.error?.issues[0]).toMatchObject({ path: ['officerName'], message: 'settings.officerIncomplete' })
  })
})
