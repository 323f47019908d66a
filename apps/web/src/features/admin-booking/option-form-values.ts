import type { Locale } from '@portail/i18n'
import type { TSaveServiceOptionInput } from '@portail/validators'
import { z } from 'zod'
import { centsOf, moneyInputOf, wholeNumberOf } from './money'

export interface OptionLike {
  id: string
  nameFr: string
  nameEn: string
  extraMinutes: number
  extraPriceCents: number
  active: boolean
  displayOrder: number
}

export interface OptionFormValues {
  nameFr: string
  nameEn: string
  extraMinutes: string
  extraPrice: string
  active: boolean
}

export const optionFormSchema = z.object({
  nameFr: z.string().trim().min(1, 'input.required').max(120),
  nameEn: z.string().trim().min(1, 'input.required').max(120),
  extraMinutes: z.string().refine((text) => {
    const value = wholeNumberOf(text)
    return value !== null && value <= 480
  }, 'extraMinutesRange'),
  extraPrice: z.string().refine((text) => centsOf(text) !== null, 'moneyInvalid'),
  active: z.boolean(),
})

export const emptyOptionValues: OptionFormValues = { nameFr: '', nameEn: '', extraMinutes: '0', extraPrice: '0', active: true }

export const optionFormValuesOf = (option: OptionLike, locale: Locale): OptionFormValues => ({
  nameFr: option.nameFr,
  nameEn: option.nameEn,
  extraMinutes: String(option.extraMinutes),
  extraPrice: moneyInputOf(option.extraPriceCents, locale),
  active: option.active,
})

export const optionInputOf = (
  values: OptionFormValues,
  serviceId: string,
  displayOrder: number,
  id?: string,
): TSaveServiceOptionInput => ({
  ...(id === undefined ? {} : { id }),
  serviceId,
  nameFr: values.nameFr.trim(),
  nameEn: values.nameEn.trim(),
  extraMinutes: wholeNumberOf(values.extraMinutes) ?? 0,
  extraPriceCents: centsOf(values.extraPrice) ?? 0,
  active: values.active,
  displayOrder,
})
