import { z } from 'zod'

import { invalidRequest } from './api-error'
import type { FormObject, FormValue } from './form-body'

/** Form values are text: the schemas below read Stripe's parameter types out of it, with bounds. */
export const text = (max = 5000) => z.string().max(max)
export const integer = (min: number, max: number) =>
  z
    .string()
    .regex(/^-?\d{1,12}$/, 'must be an integer')
    .transform(Number)
    .pipe(z.number().int().min(min).max(max))
export const decimal = (min: number, max: number) =>
  z
    .string()
    .regex(/^\d{1,6}(?:\.\d{1,4})?$/, 'must be a number')
    .transform(Number)
    .pipe(z.number().min(min).max(max))
export const boolean = z.enum(['true', 'false']).transform((value) => value === 'true')
export const timestamp = integer(0, 9_999_999_999)
export const currency = z.string().regex(/^[a-z]{3}$/, 'must be a three-letter ISO currency code in lowercase')
export const url = z.string().max(5000).url()
/** Stripe's limits: 50 keys, key ≤ 40 characters, value ≤ 500. An empty string unsets (we drop it). */
export const metadata = z
  .record(z.string().min(1).max(40), z.string().max(500))
  .refine((value) => Object.keys(value).length <= 50, 'at most 50 keys')
  .transform((value) => Object.fromEntries(Object.entries(value).filter(([, v]) => v !== '')))
export const expand = z.array(z.string().max(200)).max(20).optional()

function stripeParamName(path: PropertyKey[]): string {
  const [head, ...rest] = path.map(String)
  return `${head ?? ''}${rest.map((part) => `[${part}]`).join('')}`
}

export function parseParams<T extends z.ZodType>(schema: T, form: FormObject | FormValue | undefined): z.output<T> {
  const result = schema.safeParse(form)
  if (result.success) return result.data
  const issue = result.error.issues[0]
  const param = issue ? stripeParamName(issue.path) : ''
  if (issue?.code === 'invalid_type' && issue.input === undefined) {
    throw invalidRequest(`Missing required param: ${param}.`, { code: 'parameter_missing', param })
  }
  throw invalidRequest(`Invalid ${param}: ${issue ? issue.message : 'invalid value'}`, {
    code: 'parameter_invalid',
    param,
  })
}
