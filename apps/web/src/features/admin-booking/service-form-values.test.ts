import { describe, expect, it } from 'vitest'
import { emptyServiceValues, previewOf, serviceFormSchema, serviceFormValuesOf, serviceInputOf } from './service-form-values'

const service = {
  id: '00000000-0000-4000-8000-000000000001',
  nameFr: 'Ouverture de piscine',
  nameEn: 'Pool opening',
  descriptionFr: '',
  descriptionEn: '',
  durationMinutes: 120,
  priceCents: 27500,
  bufferBeforeMinutes: 30,
  bufferAfterMinutes: 30,
  paymentRule: 'deposit' as const,
  depositCents: 5000,
  active: true,
  displayOrder: 0,
}

describe('the service form', () => {
  it('shows amounts as the reader types them and sends them back as the same cents', () => {
    const values = serviceFormValuesOf(service, 'fr')
    expect(values.price).toBe('275,00')
    expect(values.deposit).toBe('50,00')
    expect(serviceInputOf(values, service.id)).toMatchObject({ id: service.id, priceCents: 27500, depositCents: 5000, currency: 'CAD' })
  })

  it('refuses a deposit above the price, and sends no deposit for another rule', () => {
    const values = { ...serviceFormValuesOf(service, 'en'), deposit: '300' }
    const result = serviceFormSchema.safeParse(values)
    expect(result.success).toBe(false)
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['deposit', 'booking.depositInvalid']])
    expect(serviceInputOf({ ...values, paymentRule: 'full' }).depositCents).toBeNull()
  })

  it('names the fields out of range with its own keys', () => {
    const result = serviceFormSchema.safeParse({ ...emptyServiceValues(0), nameFr: ' ', nameEn: 'Spa', duration: '3', price: '12,345' })
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([
      ['nameFr', 'input.required'],
      ['duration', 'durationRange'],
      ['price', 'moneyInvalid'],
    ])
  })

  it('previews what can be read of a half-typed form', () => {
    const preview = previewOf({ ...emptyServiceValues(3), nameFr: ' Spa ', duration: '4', price: '' }, [])
    expect(preview).toMatchObject({ nameFr: 'Spa', durationMinutes: 4, priceCents: null, depositCents: null })
  })
})
