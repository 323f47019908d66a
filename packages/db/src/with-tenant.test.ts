import { describe, expect, it } from 'vitest'
import { PgDialect } from 'drizzle-orm/pg-core'
import { contextStatement, InvalidActorContextError } from './with-tenant'

const render = (statement: ReturnType<typeof contextStatement>) => new PgDialect().sqlToQuery(statement)

describe('contextStatement', () => {
  it('sets the actor role and every context value in one parameterless statement', () => {
    const query = render(
      contextStatement({
        actor: 'client',
        tenantId: '0190f5e4-8a3b-7c1d-9e2f-000000000001',
        userId: null,
        clientId: '0190f5e4-8a3b-7c1d-9e2f-000000000002',
      }),
    )
    expect(query.params).toEqual([])
    expect(query.sql).toContain("set_config('role', 'portail_client', true)")
    expect(query.sql).toContain("set_config('app.tenant_id', '0190f5e4-8a3b-7c1d-9e2f-000000000001', true)")
    expect(query.sql).toContain("set_config('app.user_id', '', true)")
    expect(query.sql.match(/, true\)/g)).toHaveLength(4)
  })

  it('refuses anything but a UUID where a value is inlined', () => {
    expect(() => contextStatement({ actor: 'staff', tenantId: "x', true), set_config('role', 'postgres" })).toThrow(
      InvalidActorContextError,
    )
  })
})
