import { describe, expect, it } from 'vitest'
import { PgDialect } from 'drizzle-orm/pg-core'
import {
  checkedContextSql,
  contextSettings,
  contextSql,
  contextSqlFor,
  contextStatement,
  createWithTenant,
  InvalidActorContextError,
} from './with-tenant'

describe('the context statement', () => {
  it('sets the actor role and every context value in one statement, values bound, absent ids empty', () => {
    const settings = contextSettings({
      actor: 'client',
      tenantId: '0190f5e4-8a3b-7c1d-9e2f-000000000001',
      userId: null,
      clientId: '0190f5e4-8a3b-7c1d-9e2f-000000000002',
    })
    expect(settings).toEqual([
      'portail_client',
      '0190f5e4-8a3b-7c1d-9e2f-000000000001',
      '',
      '0190f5e4-8a3b-7c1d-9e2f-000000000002',
    ])
    const query = new PgDialect().sqlToQuery(contextStatement(settings))
    // The drizzle form (PGlite) and the prepared text (Postgres) are one statement.
    expect(query.sql).toBe(contextSqlFor(settings))
    expect(query.params).toEqual([...settings])
    expect(contextSql.match(/, true\)/g)).toHaveLength(4)
  })

  it('ends with the identity check for staff and client, after every setting, and only for them', () => {
    const tenantId = '0190f5e4-8a3b-7c1d-9e2f-000000000001'
    const userId = '0190f5e4-8a3b-7c1d-9e2f-000000000003'
    const staff = contextSettings({ actor: 'staff', tenantId, userId })
    const client = contextSettings({ actor: 'client', tenantId, userId, clientId: tenantId })
    for (const settings of [staff, client]) {
      expect(contextSqlFor(settings)).toBe(checkedContextSql)
      expect(new PgDialect().sqlToQuery(contextStatement(settings)).sql).toBe(checkedContextSql)
    }
    // Evaluated left to right: the check must come after the four settings it reads.
    expect(checkedContextSql.startsWith(contextSql)).toBe(true)
    expect(checkedContextSql.endsWith(', portail_context.check_actor_context()')).toBe(true)
    for (const actor of ['system', 'operator', 'public'] as const) {
      const settings = contextSettings({ actor, tenantId: actor === 'operator' ? null : tenantId })
      expect(contextSqlFor(settings), actor).toBe(contextSql)
    }
  })

  it('refuses a context whose ids are not UUIDs before any transaction opens', () => {
    let opened = false
    const withTenant = createWithTenant(() => {
      opened = true
      return Promise.reject(new Error('should not open'))
    })
    const badTenant = "x', true), set_config('role', 'postgres"
    expect(() => withTenant({ actor: 'staff', tenantId: badTenant }, () => Promise.resolve(1))).toThrow(
      InvalidActorContextError,
    )
    expect(opened).toBe(false)
  })

  it.each([
    ['workflowEngine', 'portail_workflow_engine'],
    ['outboxRelay', 'portail_outbox_relay'],
    ['mailRelay', 'portail_mail_relay'],
    ['smsRelay', 'portail_sms_relay'],
    ['deliveryStatus', 'portail_delivery_status'],
    ['holdRelease', 'portail_hold_release'],
    ['identityPurge', 'portail_identity_purge'],
    ['paymentWebhook', 'portail_payment_webhook'],
    ['paymentReconcile', 'portail_payment_reconcile'],
  ] as const)('runs the %s actor as %s, never inside a tenant', (actor, role) => {
    expect(contextSettings({ actor, tenantId: null })).toEqual([role, '', '', ''])
    expect(contextSqlFor(contextSettings({ actor, tenantId: null }))).toBe(contextSql)
    let opened = false
    const withTenant = createWithTenant(() => {
      opened = true
      return Promise.reject(new Error('should not open'))
    })
    expect(() =>
      withTenant({ actor, tenantId: '0190f5e4-8a3b-7c1d-9e2f-000000000001' }, () => Promise.resolve(1)),
    ).toThrow(`the ${actor} actor has no tenant`)
    expect(opened).toBe(false)
  })
})
