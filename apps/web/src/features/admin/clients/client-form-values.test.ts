import { describe, expect, it } from 'vitest'
import { clientFormSchema, createInputOf, formValuesOf, updateInputOf } from './client-form-values'

const client = {
  fullName: 'Marie Gagnon',
  email: 'marie@example.com',
  phone: null,
  locale: 'fr' as const,
  communicationPreferences: { email: true, sms: false, marketing: false },
}

describe('client form values', () => {
  it('creates a client with blank email and phone left out as null', () => {
    const values = { ...formValuesOf(null, 'en'), fullName: 'Aline Roy', email: '  ', phone: '' }
    expect(createInputOf(values)).toEqual({
      fullName: 'Aline Roy',
      email: null,
      phone: null,
      locale: 'en',
      communicationPreferences: { email: true, sms: false, marketing: false },
    })
  })

  it('sends only the fields the person changed', () => {
    const initial = formValuesOf(client, 'fr')
    const values = { ...initial, phone: '514 555-0100', prefSms: true }
    expect(updateInputOf('id-1', values, initial)).toEqual({
      id: 'id-1',
      data: { phone: '514 555-0100', communicationPreferences: { email: true, sms: true, marketing: false } },
    })
    expect(updateInputOf('id-1', { ...initial, email: '' }, initial).data).toEqual({ email: null })
    expect(updateInputOf('id-1', { ...initial }, initial).data).toEqual({})
  })

  it('shows a stored phone as people write it in the reader’s language, and sends nothing when unchanged', () => {
    const stored = { ...client, phone: '+14505550132' }
    expect(formValuesOf(stored, 'en', 'fr').phone).toBe('450 555-0132')
    const initial = formValuesOf(stored, 'fr', 'en')
    expect(initial.phone).toBe('450-555-0132')
    expect(updateInputOf('id-1', { ...initial }, initial).data).toEqual({})
  })

  it('refuses an empty name with the validators’ rule', () => {
    expect(clientFormSchema.safeParse({ ...formValuesOf(null, 'fr'), fullName: '   ' }).success).toBe(false)
  })
})
