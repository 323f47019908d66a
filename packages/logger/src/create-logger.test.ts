import { describe, expect, it } from 'vitest'
import { createLogger } from './create-logger'
import { readLoggerEnv } from './env'
import { bindLogContext, requestIdFrom, withLogContext } from './log-context'

/** A logger whose lines are kept, as JSON (production's format) or readable (development's). */
function captured(format: 'json' | 'readable' = 'json') {
  const lines: string[] = []
  const logger = createLogger({ level: 'info', format, destination: { write: (line: string) => lines.push(line) } })
  return { logger, lines, output: () => lines.join('') }
}

const person = { email: 'marie.tremblay@example.com', name: 'Marie Tremblay', phone: '+1 514 555 0199' }

describe('the logger', () => {
  it('never writes the personal data of a redacted field, at the top or nested', () => {
    const { logger, output } = captured()
    logger.info({ ...person, client: { ...person, address: { line1: '12 rue Principale' } } }, 'client updated')
    logger.warn({ request: { headers: { cookie: 'session=abc123', authorization: 'Bearer xyz789' } } }, 'refused')
    logger.error({ params: ['marie.tremblay@example.com'], input: { fullName: 'Marie Tremblay' } }, 'failed')
    const written = output()
    for (const secret of [
      'marie.tremblay@example.com',
      'Marie Tremblay',
      '555 0199',
      '12 rue Principale',
      'abc123',
      'xyz789',
    ])
      expect(written).not.toContain(secret)
    expect(written).toContain('client updated')
    expect(written).toContain('[redacted]')
  })

  it('keeps readable development lines free of redacted fields too', () => {
    const { logger, output } = captured('readable')
    logger.info({ client: person, bookingId: 'b-1' }, 'booked')
    expect(output()).toContain('booked')
    expect(output()).toContain('bookingId=b-1')
    expect(output()).not.toContain('marie.tremblay@example.com')
  })

  it("drops a failed query's bound values and a driver's detail from a logged error", () => {
    const { logger, output } = captured()
    const driverError = Object.assign(new Error('duplicate key value violates unique constraint'), {
      code: '23505',
      constraint_name: 'clients_tenant_email_unique',
      detail: 'Key (tenant_id, email)=(t1, marie.tremblay@example.com) already exists.',
    })
    const queryError = Object.assign(
      new Error('Failed query: insert into clients (email) values ($1)\nparams: marie.tremblay@example.com', {
        cause: driverError,
      }),
      { params: ['marie.tremblay@example.com'] },
    )
    logger.error({ err: queryError }, 'client creation failed')
    const line: unknown = JSON.parse(output())
    expect(JSON.stringify(line)).not.toContain('marie.tremblay@example.com')
    expect(line).toMatchObject({
      err: {
        message: 'Failed query: insert into clients (email) values ($1)\nparams: [redacted]',
        cause: { code: '23505', constraint: 'clients_tenant_email_unique' },
      },
    })
  })

  it("carries the request's ids on every line logged while serving it", async () => {
    const { logger, lines } = captured()
    await withLogContext({ requestId: 'req-1' }, async () => {
      bindLogContext({ tenantId: 'tenant-1' })
      await Promise.resolve()
      logger.info('inside')
    })
    logger.info('outside')
    expect(JSON.parse(lines[0] ?? '{}')).toMatchObject({ requestId: 'req-1', tenantId: 'tenant-1', msg: 'inside' })
    expect(JSON.parse(lines[1] ?? '{}')).not.toHaveProperty('requestId')
  })

  it('accepts a request id from the front only when it is a plain token', () => {
    expect(requestIdFrom(new Headers({ 'x-request-id': 'lb-7f3a_01' }))).toBe('lb-7f3a_01')
    const forged = requestIdFrom(new Headers({ 'x-request-id': 'x" level=60 msg="forged' }))
    expect(forged).not.toContain('forged')
    expect(forged).toMatch(/^[0-9a-f-]{36}$/)
  })
})

describe('the logger configuration', () => {
  it('is JSON in production, readable elsewhere, silent under tests unless LOG_LEVEL says otherwise', () => {
    expect(readLoggerEnv({ NODE_ENV: 'production' })).toEqual({ level: 'info', format: 'json' })
    expect(readLoggerEnv({ NODE_ENV: 'development' })).toEqual({ level: 'info', format: 'readable' })
    expect(readLoggerEnv({ NODE_ENV: 'test' })).toEqual({ level: 'silent', format: 'readable' })
    expect(readLoggerEnv({ NODE_ENV: 'test', LOG_LEVEL: 'debug' }).level).toBe('debug')
  })

  it('stops with a message naming LOG_LEVEL when it is not a level', () => {
    expect(() => readLoggerEnv({ LOG_LEVEL: 'loud' })).toThrow(/LOG_LEVEL/)
  })
})
