import { noSuch, SimulatorActionError } from './api-error'
import type { Unit } from './engine'
import { stripeId } from './ids'
import type { AccountObject, AccountSim, CustomerObject, Metadata, SimRecord } from './objects'
import type { Json } from './store'

export type AccountRecord = SimRecord<AccountObject, AccountSim>
export type CustomerRecord = SimRecord<CustomerObject>

const ONBOARDING_DUE = ['business_profile.url', 'external_account', 'representative.dob.day', 'tos_acceptance.date']

export async function createAccount(
  unit: Unit,
  params: { email: string | null; businessName: string | null; controller: Json; metadata: Metadata },
): Promise<AccountObject> {
  const account: AccountObject = {
    id: stripeId('acct', 16),
    object: 'account',
    business_profile: { name: params.businessName },
    email: params.email,
    country: 'CA',
    default_currency: 'cad',
    charges_enabled: false,
    payouts_enabled: false,
    details_submitted: false,
    capabilities: { card_payments: 'inactive', transfers: 'inactive' },
    requirements: {
      currently_due: ONBOARDING_DUE,
      eventually_due: ONBOARDING_DUE,
      past_due: [],
      disabled_reason: 'requirements.past_due',
    },
    controller: params.controller,
    metadata: params.metadata,
    created: unit.now,
  }
  const record: AccountRecord = { account: account.id, object: account, sim: { returnUrl: null, refreshUrl: null } }
  await unit.write('accounts', account.id, record)
  return account
}

export async function readAccount(unit: Unit, id: string): Promise<AccountRecord> {
  const record = await unit.read<AccountRecord>('accounts', id)
  if (!record) throw noSuch('account', id, 'account')
  return record
}

export async function createAccountLink(
  unit: Unit,
  params: { account: string; refreshUrl: string; returnUrl: string },
  onboardingUrl: (accountId: string) => string,
) {
  const record = await readAccount(unit, params.account)
  await unit.write('accounts', record.object.id, {
    ...record,
    sim: { returnUrl: params.returnUrl, refreshUrl: params.refreshUrl },
  })
  return { object: 'account_link', created: unit.now, expires_at: unit.now + 300, url: onboardingUrl(record.object.id) }
}

/** The hosted onboarding's "complete" button: Stripe's review passes at once. */
export async function completeOnboarding(unit: Unit, accountId: string): Promise<{ returnUrl: string | null }> {
  const record = await unit.read<AccountRecord>('accounts', accountId)
  if (!record) throw new SimulatorActionError('not_found', `no simulated account ${accountId}`)
  const before = record.object
  const after: AccountObject = {
    ...before,
    charges_enabled: true,
    payouts_enabled: true,
    details_submitted: true,
    capabilities: { card_payments: 'active', transfers: 'active' },
    requirements: { currently_due: [], eventually_due: [], past_due: [], disabled_reason: null },
  }
  await unit.write('accounts', accountId, { ...record, object: after })
  unit.emit('account.updated', accountId, after, {
    charges_enabled: before.charges_enabled,
    payouts_enabled: before.payouts_enabled,
    details_submitted: before.details_submitted,
    capabilities: before.capabilities,
    requirements: before.requirements,
  })
  return { returnUrl: record.sim.returnUrl }
}

export async function createCustomer(
  unit: Unit,
  account: string,
  params: { email: string | null; name: string | null; metadata: Metadata },
): Promise<CustomerObject> {
  const customer: CustomerObject = {
    id: stripeId('cus', 14),
    object: 'customer',
    email: params.email,
    name: params.name,
    invoice_settings: { default_payment_method: null },
    metadata: params.metadata,
    created: unit.now,
    livemode: false,
  }
  const record: CustomerRecord = { account, object: customer, sim: null }
  await unit.write('customers', customer.id, record)
  unit.emit('customer.created', account, customer)
  return customer
}

/** Any object of the connected account `account`, or Stripe's 404 (another account's object is missing too). */
export async function readOwned<R extends SimRecord<{ id: string }, unknown>>(
  unit: Unit,
  collection: string,
  objectName: string,
  account: string,
  id: string,
  param = 'id',
): Promise<R> {
  const record = await unit.read<R>(collection, id)
  if (!record || record.account !== account) throw noSuch(objectName, id, param)
  return record
}

export async function updateCustomer(
  unit: Unit,
  account: string,
  id: string,
  params: {
    email?: string | null | undefined
    name?: string | null | undefined
    metadata?: Metadata | undefined
    defaultPaymentMethod?: string | null | undefined
  },
): Promise<CustomerObject> {
  const record = await readOwned<CustomerRecord>(unit, 'customers', 'customer', account, id)
  const before = record.object
  const after: CustomerObject = {
    ...before,
    email: params.email === undefined ? before.email : params.email,
    name: params.name === undefined ? before.name : params.name,
    metadata: params.metadata === undefined ? before.metadata : { ...before.metadata, ...params.metadata },
    invoice_settings: {
      default_payment_method:
        params.defaultPaymentMethod === undefined
          ? before.invoice_settings.default_payment_method
          : params.defaultPaymentMethod,
    },
  }
  await unit.write('customers', id, { ...record, object: after })
  unit.emit('customer.updated', account, after)
  return after
}
