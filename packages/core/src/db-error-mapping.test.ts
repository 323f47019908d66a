import { describe, expect, it } from 'vitest'
import { errorLogFields } from './db-error-mapping'

const email = 'marie.tremblay@example.com'

/** What Drizzle throws for a failed statement: the query and its bound values in the message. */
function failedQuery(cause: Error): Error {
  const error = new Error(
    `Failed query: insert into clients (full_name, email) values ($1, $2)\nparams: Marie Tremblay,${email}`,
    {
      cause,
    },
  )
  return Object.assign(error, {
    query: 'insert into clients (full_name, email) values ($1, $2)',
    params: ['Marie Tremblay', email],
  })
}

describe('errorLogFields', () => {
  it('keeps the SQLSTATE and the constraint of a database error, nothing of its values', () => {
    const driver = Object.assign(
      new Error('new row for relation "clients" violates check constraint "clients_name_check"'),
      {
        code: '23514',
        constraint: 'clients_name_check',
        detail: `Failing row contains (Marie Tremblay, ${email}).`,
      },
    )
    const fields = errorLogFields(failedQuery(driver))
    expect(fields).toEqual({ error: 'Error', pgCode: '23514', constraint: 'clients_name_check' })
    expect(JSON.stringify(fields)).not.toContain(email)
    expect(JSON.stringify(fields)).not.toContain('Marie')
  })

  it('gives the frames of a bug in our code without its message, even a message of several lines', () => {
    const bug = new TypeError(`Cannot read properties of undefined\nat ${email}`)
    const fields = errorLogFields(bug)
    expect(fields.error).toBe('TypeError')
    expect(fields.frames?.length).toBeGreaterThan(0)
    expect(JSON.stringify(fields)).not.toContain(email)
    expect(JSON.stringify(fields)).not.toContain('Cannot read')
  })

  it('names what was thrown when it is not an Error', () => {
    expect(errorLogFields('boom')).toEqual({ error: 'string' })
  })
})
