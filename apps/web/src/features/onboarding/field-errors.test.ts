import { describe, expect, it } from 'vitest'
import { fieldErrorsOf } from './field-errors'

describe('placing an API refusal on the start form', () => {
  it('puts each input issue on its field, the first one winning', () => {
    const error = {
      message: 'Invalid input',
      data: {
        zodIssues: [
          { path: ['slug'], message: 'Adresse réservée' },
          { path: ['slug'], message: 'second' },
          { path: ['name'], message: 'Nom trop court' },
        ],
      },
    }
    expect(fieldErrorsOf(error)).toEqual({ fields: { slug: 'Adresse réservée', name: 'Nom trop court' }, form: null })
  })

  it('puts a domain error that names a field on that field', () => {
    expect(fieldErrorsOf({ message: 'Address taken', data: { field: 'slug', zodIssues: null } })).toEqual({
      fields: { slug: 'Address taken' },
      form: null,
    })
  })

  it('keeps anything else for the form itself', () => {
    expect(fieldErrorsOf({ message: 'Sign in first', data: { field: null } })).toEqual({
      fields: {},
      form: 'Sign in first',
    })
    expect(fieldErrorsOf({ message: 'x', data: { field: 'tenantId' } })).toEqual({ fields: {}, form: 'x' })
  })
})
