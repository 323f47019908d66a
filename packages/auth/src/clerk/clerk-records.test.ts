import { describe, expect, it } from 'vitest'
import {
  membershipRecordFromWebhook,
  organizationRecordFromWebhook,
  startedInPortailMetadata,
  userRecordFromWebhook,
} from './clerk-records'

const user = (overrides: Record<string, unknown> = {}) => ({
  id: 'user_1',
  first_name: 'Zoé',
  last_name: 'Tremblay',
  username: 'zoe',
  locale: 'fr-CA',
  primary_email_address_id: 'idn_1',
  email_addresses: [
    { id: 'idn_0', email_address: 'old@example.test', verification: { status: 'verified' } },
    { id: 'idn_1', email_address: 'zoe@example.test', verification: { status: 'verified' } },
  ],
  public_metadata: { role: 'operator' },
  updated_at: 1_790_000_000_000,
  ...overrides,
})

describe('Clerk webhook users', () => {
  it('reads the primary address, the full name, the language and the operator role', () => {
    expect(userRecordFromWebhook(user())).toEqual({
      clerkUserId: 'user_1',
      email: 'zoe@example.test',
      name: 'Zoé Tremblay',
      locale: 'fr',
      operator: true,
      updatedAt: new Date(1_790_000_000_000),
    })
  })

  it('keeps no unverified primary address, and falls back to the username for the name', () => {
    const unverified = user({
      first_name: null,
      last_name: null,
      locale: 'de',
      public_metadata: {},
      email_addresses: [{ id: 'idn_1', email_address: 'zoe@example.test', verification: { status: 'unverified' } }],
    })
    expect(userRecordFromWebhook(unverified)).toMatchObject({ email: null, name: 'zoe', locale: null, operator: false })
  })

  it('refuses a payload without an id or an updated_at', () => {
    expect(userRecordFromWebhook({ ...user(), id: undefined })).toBeNull()
    expect(userRecordFromWebhook({ ...user(), updated_at: 'yesterday' })).toBeNull()
  })
})

describe('Clerk webhook memberships', () => {
  it('reads the organization, the member and the role as Clerk names it', () => {
    const record = membershipRecordFromWebhook({
      role: 'org:member',
      updated_at: 5,
      organization: { id: 'org_1', name: 'Acme', slug: 'acme', created_by: 'user_9', updated_at: 4 },
      public_user_data: { user_id: 'user_1', first_name: 'Zoé', last_name: null },
    })
    expect(record).toEqual({
      organization: {
        orgId: 'org_1',
        name: 'Acme',
        slug: 'acme',
        createdBy: 'user_9',
        startedInPortail: false,
        updatedAt: new Date(4),
      },
      user: { clerkUserId: 'user_1', name: 'Zoé' },
      clerkRole: 'org:member',
      updatedAt: new Date(5),
    })
  })
})

describe('Clerk webhook organizations', () => {
  const organization = (publicMetadata: unknown) => ({
    id: 'org_2',
    name: 'Fred Paysages',
    slug: 'fred-paysages',
    created_by: 'user_fred',
    public_metadata: publicMetadata,
    updated_at: 7,
  })

  it("recognises an organization Portail's onboarding created by its public metadata only", () => {
    expect(organizationRecordFromWebhook(organization(startedInPortailMetadata))?.startedInPortail).toBe(true)
    expect(
      organizationRecordFromWebhook(organization({ ...startedInPortailMetadata, plan: 'x' }))?.startedInPortail,
    ).toBe(true)
    for (const other of [{}, null, undefined, { portailStartedBy: 'someone' }, 'onboarding']) {
      expect(organizationRecordFromWebhook(organization(other))?.startedInPortail).toBe(false)
    }
  })
})
