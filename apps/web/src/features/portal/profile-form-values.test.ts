import { ZUpdateMyProfileInput } from '@portail/validators'
import { describe, expect, it } from 'vitest'
import { profileFormValuesOf, profileSubmissionOf } from './profile-form-values'

const profile = {
  id: '0190f5e4-8a3b-7c1d-9e2f-123456789abc',
  fullName: 'Marie Gagnon',
  email: 'marie@example.com',
  phone: null,
  serviceAddress: null,
  locale: 'en' as const,
  communicationPreferences: { email: true, sms: false, marketing: false },
}

describe('profile form values', () => {
  it('starts from the profile, blanks for what the client never gave', () => {
    const values = profileFormValuesOf(profile)
    expect(values).toMatchObject({ fullName: 'Marie Gagnon', phone: '', locale: 'en' })
    expect(values.serviceAddress).toEqual({ line1: '', line2: '', city: '', province: '', postalCode: '' })
  })

  it('shows a stored phone as people write it, and sends back the same number', () => {
    const values = profileFormValuesOf({ ...profile, phone: '+14505550132' }, 'fr')
    expect(values.phone).toBe('450 555-0132')
    expect(profileFormValuesOf({ ...profile, phone: '+14505550132' }, 'en').phone).toBe('450-555-0132')
    const submission = profileSubmissionOf(values)
    if (!submission.ok) throw new Error('refused')
    expect(ZUpdateMyProfileInput.parse(submission.input).phone).toBe('+14505550132')
  })

  it('clears a blank phone and a blank address, and the server accepts what it sends', () => {
    const submission = profileSubmissionOf(profileFormValuesOf(profile))
    expect(submission).toMatchObject({ ok: true, input: { phone: null, serviceAddress: null, locale: 'en' } })
    if (submission.ok) expect(ZUpdateMyProfileInput.safeParse(submission.input).success).toBe(true)
  })

  it('sends a whole address for the server to normalise', () => {
    const values = profileFormValuesOf(profile)
    values.serviceAddress = {
      line1: '12 rue Principale',
      line2: ' ',
      city: 'Laval',
      province: 'qc',
      postalCode: 'h7n2a1',
    }
    const submission = profileSubmissionOf(values)
    expect(submission).toMatchObject({ ok: true })
    if (!submission.ok) return
    expect(ZUpdateMyProfileInput.parse(submission.input).serviceAddress).toEqual({
      line1: '12 rue Principale',
      city: 'Laval',
      province: 'QC',
      postalCode: 'H7N 2A1',
      country: 'CA',
    })
  })

  it('stops an address filled in part, naming the parts still missing', () => {
    const values = profileFormValuesOf(profile)
    values.serviceAddress.city = 'Laval'
    expect(profileSubmissionOf(values)).toEqual({ ok: false, missing: ['line1', 'province', 'postalCode'] })
  })
})
