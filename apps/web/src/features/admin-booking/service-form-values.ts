import type { Locale } from '@portail/i18n'
import type { TSaveServiceInput } from '@portail/validators'
import { z } from 'zod'
import { centsOf, moneyInputOf, wholeNumberOf } from './money'

/** The service fields the editor reads (a row of staff.catalog.get). */
export interface ServiceLike {
  id: string
  nameFr: string
  nameEn: string
  descriptionFr: string
  descriptionEn: string
  durationMinutes: number
  priceCents: number
  bufferBeforeMinutes: number
  bufferAfterMinutes: number
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
  active: boolean
  displayOrder: number
}

/** What the form holds: numbers and amounts as typed, so a half-typed value never jumps. */
export interface ServiceFormValues {
  nameFr: string
  nameEn: string
  descriptionFr: string
  descriptionEn: string
  duration: string
  price: string
  bufferBefore: string
  bufferAfter: string
  paymentRule: 'none' | 'deposit' | 'full'
  deposit: string
  active: boolean
  displayOrder: string
}

// Messages are keys: the form words them (serviceErrorText), the validators' keys included.
const inRange = (min: number, max: number) => (text: string) => {
  const value = wholeNumberOf(text)
  return value !== null && value >= min && value <= max
}

export const serviceFormSchema = z
  .object({
    nameFr: z.string().trim().min(1, 'input.required').max(120),
    nameEn: z.string().trim().min(1, 'input.required').max(120),
    descriptionFr: z.string().max(2000),
    descriptionEn: z.string().max(2000),
    duration: z.string().refine(inRange(5, 1440), 'durationRange'),
    price: z.string().refine((text) => centsOf(text) !== null, 'moneyInvalid'),
    bufferBefore: z.string().refine(inRange(0, 240), 'bufferRange'),
    bufferAfter: z.string().refine(inRange(0, 240), 'bufferRange'),
    paymentRule: z.enum(['none', 'deposit', 'full']),
    deposit: z.string(),
    active: z.boolean(),
    displayOrder: z.string().refine(inRange(0, 10_000), 'orderRange'),
  })
  .superRefine((values, context) => {
    if (values.paymentRule !== 'deposit') return
    const deposit = centsOf(values.deposit)
    const price = centsOf(values.price)
    if (deposit === null) context.addIssue({ code: 'custom', path: ['deposit'], message: 'moneyInvalid' })
    else if (price !== null && deposit > price)
      context.addIssue({ code: 'custom', path: ['deposit'], message: 'booking.depositInvalid' })
  })

export const emptyServiceValues = (displayOrder: number): ServiceFormValues => ({
  nameFr: '',
  nameEn: '',
  descriptionFr: '',
  descriptionEn: '',
  duration: '60',
  price: '',
  bufferBefore: '0',
  bufferAfter: '0',
  paymentRule: 'none',
  deposit: '',
  active: true,
  displayOrder: String(displayOrder),
})

export function serviceFormValuesOf(service: ServiceLike, locale: Locale): ServiceFormValues {
  return {
    nameFr: service.nameFr,
    nameEn: service.nameEn,
    descriptionFr: service.descriptionFr,
    descriptionEn: service.descriptionEn,
    duration: String(service.durationMinutes),
    price: moneyInputOf(service.priceCents, locale),
    bufferBefore: String(service.bufferBeforeMinutes),
    bufferAfter: String(service.bufferAfterMinutes),
    paymentRule: service.paymentRule,
    deposit: service.depositCents === null ? '' : moneyInputOf(service.depositCents, locale),
    active: service.active,
    displayOrder: String(service.displayOrder),
  }
}

/** The API input of checked form values; every field is sent again (saveService replaces them). */
export function serviceInputOf(values: ServiceFormValues, id?: string): TSaveServiceInput {
  return {
    ...(id === undefined ? {} : { id }),
    nameFr: values.nameFr.trim(),
    nameEn: values.nameEn.trim(),
    descriptionFr: values.descriptionFr.trim(),
    descriptionEn: values.descriptionEn.trim(),
    durationMinutes: wholeNumberOf(values.duration) ?? 0,
    priceCents: centsOf(values.price) ?? 0,
    currency: 'CAD',
    bufferBeforeMinutes: wholeNumberOf(values.bufferBefore) ?? 0,
    bufferAfterMinutes: wholeNumberOf(values.bufferAfter) ?? 0,
    paymentRule: values.paymentRule,
    depositCents: values.paymentRule === 'deposit' ? (centsOf(values.deposit) ?? 0) : null,
    active: values.active,
    displayOrder: wholeNumberOf(values.displayOrder) ?? 0,
  }
}

/** An option of the service as the preview shows it. */
export interface PreviewOption {
  id: string
  nameFr: string
  nameEn: string
  extraMinutes: number
  extraPriceCents: number
}

/** What a client sees of the service, read leniently from the form as it is being typed. */
export interface ServicePreviewModel {
  nameFr: string
  nameEn: string
  descriptionFr: string
  descriptionEn: string
  durationMinutes: number | null
  priceCents: number | null
  paymentRule: 'none' | 'deposit' | 'full'
  depositCents: number | null
  options: PreviewOption[]
}

export function previewOf(values: ServiceFormValues, options: PreviewOption[]): ServicePreviewModel {
  return {
    nameFr: values.nameFr.trim(),
    nameEn: values.nameEn.trim(),
    descriptionFr: values.descriptionFr.trim(),
    descriptionEn: values.descriptionEn.trim(),
    durationMinutes: wholeNumberOf(values.duration),
    priceCents: centsOf(values.price),
    paymentRule: values.paymentRule,
    depositCents: values.paymentRule === 'deposit' ? centsOf(values.deposit) : null,
    options,
  }
}
