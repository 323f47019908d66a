import { z } from 'zod'

import {
  createAccount,
  createAccountLink,
  createCustomer,
  readAccount,
  readOwned,
  updateCustomer,
  type CustomerRecord,
} from './accounts'
import { invalidRequest, noSuch, StripeApiError } from './api-error'
import { createCheckoutSession, expireCheckoutSession, type CheckoutRecord } from './checkout'
import { hashKey, type Engine, type Unit } from './engine'
import { FormBodyError, parseFormBody, type FormObject } from './form-body'
import { stripeId } from './ids'
import { boolean, currency, decimal, expand, integer, metadata, parseParams, text, timestamp, url } from './params'
import {
  attachPaymentMethod,
  createPaymentIntent,
  createRefund,
  detachPaymentMethod,
  type ChargeRecord,
  type PaymentIntentRecord,
  type PaymentMethodRecord,
  type RefundRecord,
  type SetupIntentRecord,
} from './payments'
import type { Json } from './store'
import {
  cancelSubscription,
  createProduct,
  createSubscription,
  payInvoice,
  updateSubscription,
  type InvoiceRecord,
  type SubscriptionRecord,
} from './subscriptions'

export interface HostedUrls {
  checkout: (sessionId: string, locale: string | null) => string
  onboarding: (accountId: string) => string
}

interface Call {
  unit: Unit
  /** The connected account (Stripe-Account / Stripe-Context), null for the platform. */
  account: string | null
  form: FormObject
  ids: string[]
  hosted: HostedUrls
}

type Handler = (call: Call) => Promise<unknown>

interface Route {
  method: 'GET' | 'POST' | 'DELETE'
  pattern: RegExp
  /** Connected-account resources: a call without Stripe-Account is refused. */
  connected: boolean
  handle: Handler
}

const ID = '([A-Za-z0-9_]{3,255})'
const MAX_BODY = 256 * 1024

const COLLECTION_BY_PREFIX: [string, string][] = [
  ['ch_', 'charges'],
  ['pi_', 'payment_intents'],
  ['seti_', 'setup_intents'],
  ['pm_', 'payment_methods'],
  ['cus_', 'customers'],
  ['in_', 'invoices'],
  ['sub_', 'subscriptions'],
  ['re_', 'refunds'],
  ['cs_', 'checkout_sessions'],
]

type JsonObject = Record<string, Json>
const isObject = (value: Json | undefined): value is JsonObject =>
  typeof value === 'object' && value !== null && !Array.isArray(value)

/** `expand[]`: replaces ids with their objects, as Stripe does (`data.` walks a list). */
async function expandPaths(unit: Unit, account: string | null, value: Json, paths: string[]): Promise<Json> {
  for (const path of paths) await expandOne(unit, account, value, path.split('.'))
  return value
}

async function expandOne(unit: Unit, account: string | null, node: Json, parts: string[]): Promise<void> {
  const [head, ...rest] = parts
  if (head === undefined || !isObject(node)) return
  if (head === 'data' && Array.isArray(node.data)) {
    for (const item of node.data) await expandOne(unit, account, item, rest)
    return
  }
  const value = node[head]
  if (typeof value === 'string') {
    const collection = COLLECTION_BY_PREFIX.find(([prefix]) => value.startsWith(prefix))?.[1]
    const record = collection ? await unit.read<{ account: string | null; object: Json }>(collection, value) : null
    if (record?.account === account && record) node[head] = record.object
  }
  if (rest.length > 0) await expandOne(unit, account, node[head] ?? null, rest)
}

async function listOf<T extends { id: string; created: number }>(
  unit: Unit,
  collection: string,
  account: string,
  form: FormObject,
  path: string,
  keep: (object: T) => boolean = () => true,
): Promise<Json> {
  const query = parseParams(
    z.object({
      limit: integer(1, 100).optional(),
      starting_after: text(255).optional(),
      created: z
        .union([
          timestamp,
          z.object({
            gte: timestamp.optional(),
            gt: timestamp.optional(),
            lte: timestamp.optional(),
            lt: timestamp.optional(),
          }),
        ])
        .optional(),
    }),
    form,
  )
  const created = typeof query.created === 'number' ? { gte: query.created, lte: query.created } : (query.created ?? {})
  const records = await unit.list<{ account: string | null; object: T }>(collection)
  let objects = records
    .filter((record) => record.account === account)
    .map((record) => record.object)
    .filter((object) => keep(object))
    .filter(
      (object) =>
        (created.gte === undefined || object.created >= created.gte) &&
        (created.gt === undefined || object.created > created.gt),
    )
    .filter(
      (object) =>
        (created.lte === undefined || object.created <= created.lte) &&
        (created.lt === undefined || object.created < created.lt),
    )
    .sort((a, b) => b.created - a.created || (a.id < b.id ? 1 : a.id > b.id ? -1 : 0))
  if (query.starting_after) {
    const index = objects.findIndex((object) => object.id === query.starting_after)
    if (index < 0) throw noSuch('object', query.starting_after, 'starting_after')
    objects = objects.slice(index + 1)
  }
  const limit = query.limit ?? 10
  return JSON.parse(
    JSON.stringify({ object: 'list', data: objects.slice(0, limit), has_more: objects.length > limit, url: path }),
  ) as Json
}

const lineItem = z.object({
  quantity: integer(1, 1000),
  price_data: z.object({
    currency,
    unit_amount: integer(0, 99_999_999),
    product_data: z.object({ name: text(250).min(1), description: text(5000).optional() }),
  }),
})

const checkoutSchema = z.object({
  mode: z.enum(['payment', 'setup']),
  line_items: z.array(lineItem).max(100).optional(),
  currency: currency.optional(),
  customer: text(255).optional(),
  customer_email: text(512).optional(),
  customer_creation: z.enum(['always', 'if_required']).optional(),
  client_reference_id: text(200).optional(),
  metadata: metadata.optional(),
  success_url: url,
  cancel_url: url.optional(),
  expires_at: timestamp.optional(),
  locale: z.string().max(10).optional(),
  payment_intent_data: z
    .object({
      application_fee_amount: integer(0, 99_999_999).optional(),
      metadata: metadata.optional(),
      setup_future_usage: z.enum(['off_session', 'on_session']).optional(),
      description: text(1000).optional(),
    })
    .optional(),
  setup_intent_data: z.object({ metadata: metadata.optional() }).optional(),
  expand,
})

const routes: Route[] = [
  {
    method: 'POST',
    pattern: /^\/v1\/accounts$/,
    connected: false,
    handle: async ({ unit, form, account }) => {
      if (account) throw invalidRequest('Connected accounts cannot create accounts: call without Stripe-Account.')
      const params = parseParams(
        z.object({
          email: text(512).optional(),
          country: z.literal('CA').optional(),
          business_profile: z.object({ name: text(200).optional() }).optional(),
          metadata: metadata.optional(),
          controller: z.record(z.string(), z.unknown()).optional(),
        }),
        form,
      )
      return createAccount(unit, {
        email: params.email ?? null,
        businessName: params.business_profile?.name ?? null,
        controller: JSON.parse(JSON.stringify(params.controller ?? {})) as Json,
        metadata: params.metadata ?? {},
      })
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/accounts/${ID}$`),
    connected: false,
    handle: async ({ unit, ids, account }) => {
      const id = ids[0] ?? ''
      if (account && account !== id) throw noSuch('account', id)
      return (await readAccount(unit, id)).object
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/account$/,
    connected: true,
    handle: async ({ unit, account }) => (await readAccount(unit, account ?? '')).object,
  },
  {
    method: 'POST',
    pattern: /^\/v1\/account_links$/,
    connected: false,
    handle: async ({ unit, form, hosted }) => {
      const params = parseParams(
        z.object({
          account: text(255),
          refresh_url: url,
          return_url: url,
          type: z.enum(['account_onboarding', 'account_update']),
        }),
        form,
      )
      return createAccountLink(
        unit,
        { account: params.account, refreshUrl: params.refresh_url, returnUrl: params.return_url },
        hosted.onboarding,
      )
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/customers$/,
    connected: true,
    handle: async ({ unit, form, account }) => {
      const params = parseParams(
        z.object({ email: text(512).optional(), name: text(256).optional(), metadata: metadata.optional() }),
        form,
      )
      return createCustomer(unit, account ?? '', {
        email: params.email ?? null,
        name: params.name ?? null,
        metadata: params.metadata ?? {},
      })
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/customers/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<CustomerRecord>(unit, 'customers', 'customer', account ?? '', ids[0] ?? '')).object,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/customers/${ID}$`),
    connected: true,
    handle: async ({ unit, form, account, ids }) => {
      const params = parseParams(
        z.object({
          email: text(512).optional(),
          name: text(256).optional(),
          metadata: metadata.optional(),
          invoice_settings: z.object({ default_payment_method: text(255).optional() }).optional(),
        }),
        form,
      )
      const owner = account ?? ''
      const method = params.invoice_settings?.default_payment_method
      if (method) {
        const found = await readOwned<PaymentMethodRecord>(
          unit,
          'payment_methods',
          'PaymentMethod',
          owner,
          method,
          'invoice_settings[default_payment_method]',
        )
        if (found.object.customer !== ids[0])
          throw invalidRequest(`The customer does not have a payment method with the ID ${method}.`, {
            param: 'invoice_settings[default_payment_method]',
          })
      }
      return updateCustomer(unit, owner, ids[0] ?? '', {
        email: params.email,
        name: params.name,
        metadata: params.metadata,
        defaultPaymentMethod: method,
      })
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/customers/${ID}/payment_methods$`),
    connected: true,
    handle: async ({ unit, account, ids, form }) => {
      const owner = account ?? ''
      const customer = ids[0] ?? ''
      await readOwned<CustomerRecord>(unit, 'customers', 'customer', owner, customer)
      const { type: _type, ...rest } = form
      return listOf<PaymentMethodRecord['object']>(
        unit,
        'payment_methods',
        owner,
        rest,
        `/v1/customers/${customer}/payment_methods`,
        (pm) => pm.customer === customer,
      )
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/checkout\/sessions$/,
    connected: true,
    handle: async ({ unit, form, account, hosted }) => {
      const params = parseParams(checkoutSchema, form)
      const session = await createCheckoutSession(
        unit,
        account ?? '',
        {
          mode: params.mode,
          lines: (params.line_items ?? []).map((line) => ({
            name: line.price_data.product_data.name,
            unitAmount: line.price_data.unit_amount,
            quantity: line.quantity,
            currency: line.price_data.currency,
          })),
          currency: params.currency ?? null,
          applicationFeeAmount: params.payment_intent_data?.application_fee_amount ?? null,
          paymentIntentMetadata: params.payment_intent_data?.metadata ?? {},
          setupFutureUsage: params.payment_intent_data?.setup_future_usage ?? null,
          setupIntentMetadata: params.setup_intent_data?.metadata ?? {},
          customer: params.customer ?? null,
          customerEmail: params.customer_email ?? null,
          createCustomer: params.customer_creation === 'always',
          clientReferenceId: params.client_reference_id ?? null,
          metadata: params.metadata ?? {},
          successUrl: params.success_url,
          cancelUrl: params.cancel_url ?? null,
          expiresAt: params.expires_at ?? null,
          locale: params.locale ?? null,
        },
        hosted.checkout,
      )
      return session
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/checkout\/sessions$/,
    connected: true,
    handle: ({ unit, account, form }) =>
      listOf<CheckoutRecord['object']>(unit, 'checkout_sessions', account ?? '', form, '/v1/checkout/sessions'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/checkout/sessions/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<CheckoutRecord>(unit, 'checkout_sessions', 'checkout.session', account ?? '', ids[0] ?? ''))
        .object,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/checkout/sessions/${ID}/expire$`),
    connected: true,
    handle: ({ unit, account, ids }) => expireCheckoutSession(unit, account ?? '', ids[0] ?? ''),
  },
  {
    method: 'POST',
    pattern: /^\/v1\/payment_intents$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const params = parseParams(
        z.object({
          amount: integer(50, 99_999_999),
          currency,
          customer: text(255).optional(),
          payment_method: text(255).optional(),
          application_fee_amount: integer(0, 99_999_999).optional(),
          description: text(1000).optional(),
          metadata: metadata.optional(),
          confirm: boolean.optional(),
          off_session: boolean.optional(),
        }),
        form,
      )
      if (params.application_fee_amount !== undefined && params.application_fee_amount > params.amount) {
        throw invalidRequest('The application fee cannot exceed the amount of the payment.', {
          param: 'application_fee_amount',
        })
      }
      return createPaymentIntent(unit, account ?? '', {
        amount: params.amount,
        currency: params.currency,
        customer: params.customer ?? null,
        paymentMethod: params.payment_method ?? null,
        applicationFeeAmount: params.application_fee_amount ?? null,
        description: params.description ?? null,
        metadata: params.metadata ?? {},
        confirm: params.confirm ?? false,
        offSession: params.off_session ?? false,
      })
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/payment_intents$/,
    connected: true,
    handle: ({ unit, account, form }) =>
      listOf<PaymentIntentRecord['object']>(unit, 'payment_intents', account ?? '', form, '/v1/payment_intents'),
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/payment_intents/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<PaymentIntentRecord>(unit, 'payment_intents', 'payment_intent', account ?? '', ids[0] ?? ''))
        .object,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/charges/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<ChargeRecord>(unit, 'charges', 'charge', account ?? '', ids[0] ?? '')).object,
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/setup_intents/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<SetupIntentRecord>(unit, 'setup_intents', 'setup_intent', account ?? '', ids[0] ?? '')).object,
  },
  {
    method: 'GET',
    pattern: /^\/v1\/payment_methods$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const { customer, type, ...rest } = form
      const params = parseParams(z.object({ customer: text(255), type: z.literal('card').optional() }), {
        customer: customer ?? '',
        ...(type === undefined ? {} : { type }),
      })
      const owner = account ?? ''
      await readOwned<CustomerRecord>(unit, 'customers', 'customer', owner, params.customer, 'customer')
      return listOf<PaymentMethodRecord['object']>(
        unit,
        'payment_methods',
        owner,
        rest,
        '/v1/payment_methods',
        (pm) => pm.customer === params.customer,
      )
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/payment_methods/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<PaymentMethodRecord>(unit, 'payment_methods', 'PaymentMethod', account ?? '', ids[0] ?? ''))
        .object,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/payment_methods/${ID}/detach$`),
    connected: true,
    handle: ({ unit, account, ids }) => detachPaymentMethod(unit, account ?? '', ids[0] ?? ''),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/payment_methods/${ID}/attach$`),
    connected: true,
    handle: async ({ unit, account, ids, form }) => {
      const params = parseParams(z.object({ customer: text(255) }), form)
      return attachPaymentMethod(unit, account ?? '', ids[0] ?? '', params.customer)
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/refunds$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const params = parseParams(
        z.object({
          payment_intent: text(255),
          amount: integer(1, 99_999_999).optional(),
          reason: z.enum(['duplicate', 'fraudulent', 'requested_by_customer']).optional(),
          metadata: metadata.optional(),
        }),
        form,
      )
      return createRefund(unit, account ?? '', {
        paymentIntent: params.payment_intent,
        amount: params.amount ?? null,
        reason: params.reason ?? null,
        metadata: params.metadata ?? {},
      })
    },
  },
  {
    method: 'GET',
    pattern: /^\/v1\/refunds$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const { payment_intent: intent, ...rest } = form
      const filter = typeof intent === 'string' ? intent : null
      return listOf<RefundRecord['object']>(
        unit,
        'refunds',
        account ?? '',
        rest,
        '/v1/refunds',
        (refund) => filter === null || refund.payment_intent === filter,
      )
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/refunds/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<RefundRecord>(unit, 'refunds', 'refund', account ?? '', ids[0] ?? '')).object,
  },
  {
    method: 'POST',
    pattern: /^\/v1\/products$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const params = parseParams(z.object({ name: text(250).min(1), metadata: metadata.optional() }), form)
      return createProduct(unit, account ?? '', { name: params.name, metadata: params.metadata ?? {} })
    },
  },
  {
    method: 'POST',
    pattern: /^\/v1\/subscriptions$/,
    connected: true,
    handle: async ({ unit, account, form }) => {
      const params = parseParams(
        z.object({
          customer: text(255),
          default_payment_method: text(255).optional(),
          items: z
            .array(
              z.object({
                quantity: integer(1, 1000).optional(),
                price_data: z.object({
                  currency,
                  product: text(255),
                  unit_amount: integer(0, 99_999_999),
                  recurring: z.object({
                    interval: z.enum(['day', 'week', 'month', 'year']),
                    interval_count: integer(1, 12).optional(),
                  }),
                }),
              }),
            )
            .length(1, 'the simulator bills one item per subscription'),
          application_fee_percent: decimal(0, 100).optional(),
          cancel_at: timestamp.optional(),
          metadata: metadata.optional(),
          payment_behavior: z.enum(['allow_incomplete', 'default_incomplete', 'error_if_incomplete']).optional(),
        }),
        form,
      )
      const item = params.items[0]
      if (!item) throw invalidRequest('Missing required param: items.', { param: 'items' })
      return createSubscription(unit, account ?? '', {
        customer: params.customer,
        defaultPaymentMethod: params.default_payment_method ?? null,
        price: {
          currency: item.price_data.currency,
          product: item.price_data.product,
          unitAmount: item.price_data.unit_amount,
          interval: item.price_data.recurring.interval,
          intervalCount: item.price_data.recurring.interval_count ?? 1,
        },
        quantity: item.quantity ?? 1,
        applicationFeePercent: params.application_fee_percent ?? null,
        cancelAt: params.cancel_at ?? null,
        metadata: params.metadata ?? {},
        attemptFirstInvoice: params.payment_behavior !== 'default_incomplete',
      })
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/subscriptions/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<SubscriptionRecord>(unit, 'subscriptions', 'subscription', account ?? '', ids[0] ?? '')).object,
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/subscriptions/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids, form }) => {
      const params = parseParams(
        z.object({
          cancel_at_period_end: boolean.optional(),
          default_payment_method: text(255).optional(),
          metadata: metadata.optional(),
        }),
        form,
      )
      return updateSubscription(unit, account ?? '', ids[0] ?? '', {
        cancelAtPeriodEnd: params.cancel_at_period_end,
        defaultPaymentMethod: params.default_payment_method,
        metadata: params.metadata,
      })
    },
  },
  {
    method: 'DELETE',
    pattern: new RegExp(`^/v1/subscriptions/${ID}$`),
    connected: true,
    handle: ({ unit, account, ids }) => cancelSubscription(unit, account ?? '', ids[0] ?? ''),
  },
  {
    method: 'POST',
    pattern: new RegExp(`^/v1/invoices/${ID}/pay$`),
    connected: true,
    handle: async ({ unit, account, ids, form }) => {
      const params = parseParams(
        z.object({ payment_method: text(255).optional(), off_session: boolean.optional() }),
        form,
      )
      return payInvoice(unit, account ?? '', ids[0] ?? '', params.payment_method ?? null)
    },
  },
  {
    method: 'GET',
    pattern: new RegExp(`^/v1/invoices/${ID}$`),
    connected: true,
    handle: async ({ unit, account, ids }) =>
      (await readOwned<InvoiceRecord>(unit, 'invoices', 'invoice', account ?? '', ids[0] ?? '')).object,
  },
]

interface StoredResponse {
  method: string
  path: string
  bodyHash: string
  status: number
  body: Json
}

function contextAccount(request: Request): string | null {
  const header = request.headers.get('stripe-account')
  if (header) return header.trim()
  // Stripe-Context names a path of accounts (`acct_parent/acct_child`): the last one acts.
  const context = request.headers.get('stripe-context')
  if (context) return context.split('/').pop()?.trim() ?? null
  return null
}

const json = (status: number, body: Json, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body, null, 2), {
    status,
    headers: { 'content-type': 'application/json', 'stripe-version': '2026-11-18.endive', ...headers },
  })

/** Answers one REST call as api.stripe.com would, for `Stripe.createFetchHttpClient`. */
export async function answer(engine: Engine, hosted: HostedUrls, request: Request): Promise<Response> {
  const requestId = stripeId('req', 14)
  const reqHeaders = { 'request-id': requestId }
  const path = new URL(request.url).pathname
  const method = request.method.toUpperCase()
  const authorization = request.headers.get('authorization') ?? ''
  if (!/^Bearer sk_test_\S+$/.test(authorization)) {
    const error = new StripeApiError(
      401,
      'authentication_error',
      'Invalid API Key provided: the simulator accepts test keys only (sk_test_…).',
    )
    return json(error.status, error.body(), reqHeaders)
  }
  const route = routes.find((candidate) => candidate.method === method && candidate.pattern.test(path))
  if (!route) {
    const error = invalidRequest(
      `Unrecognized request URL (${method}: ${path}). The Stripe simulator does not simulate this call.`,
    )
    return json(404, error.body(), reqHeaders)
  }
  const account = contextAccount(request)
  if (route.connected && !account) {
    const error = invalidRequest(
      "This call acts on a connected account: send the Stripe-Account header (the business's acct_…). Payments are direct charges on the business's account.",
      { code: 'parameter_missing', param: 'Stripe-Account' },
    )
    return json(400, error.body(), reqHeaders)
  }
  let raw: string
  try {
    raw = method === 'POST' ? await request.text() : new URL(request.url).search.slice(1)
    if (raw.length > MAX_BODY) throw new FormBodyError('request too large')
  } catch (error) {
    return json(400, invalidRequest(error instanceof Error ? error.message : 'unreadable request').body(), reqHeaders)
  }
  let form: FormObject
  try {
    form = parseFormBody(raw)
  } catch (error) {
    return json(
      400,
      invalidRequest(error instanceof FormBodyError ? error.message : 'unreadable request').body(),
      reqHeaders,
    )
  }
  const idempotencyKey = method === 'GET' ? null : request.headers.get('idempotency-key')
  const ids = (route.pattern.exec(path) ?? []).slice(1)
  const outcome = await engine.run(
    { id: requestId, idempotencyKey },
    async (unit): Promise<{ status: number; body: Json; replayed: boolean }> => {
      const keyId = idempotencyKey ? hashKey([account ?? 'platform', idempotencyKey]) : null
      const bodyHash = hashKey([raw])
      if (keyId) {
        const stored = await unit.read<StoredResponse>('idempotency', keyId)
        if (stored) {
          if (stored.method !== method || stored.path !== path || stored.bodyHash !== bodyHash) {
            const error = new StripeApiError(
              400,
              'idempotency_error',
              `Keys for idempotent requests can only be used with the same parameters they were first used with. Try using a key other than '${idempotencyKey ?? ''}' if you meant to execute a different request.`,
            )
            return { status: 400, body: error.body(), replayed: false }
          }
          return { status: stored.status, body: stored.body, replayed: true }
        }
      }
      let status = 200
      let body: Json
      try {
        if (account) {
          const known = await unit.read<{ object: { id: string } }>('accounts', account)
          if (!known) {
            throw new StripeApiError(
              403,
              'permission_error',
              `The provided key does not have access to account '${account}' (or that account does not exist). Application access may have been revoked.`,
            )
          }
        }
        const { expand: expandParam, ...rest } = form
        const expansions = parseParams(expand, expandParam) ?? []
        const result = JSON.parse(
          JSON.stringify(await route.handle({ unit, account, form: rest, ids, hosted })),
        ) as Json
        body = await expandPaths(unit, account, result, expansions)
      } catch (error) {
        if (!(error instanceof StripeApiError)) throw error
        status = error.status
        body = error.body()
      }
      if (keyId)
        await unit.write('idempotency', keyId, { method, path, bodyHash, status, body } satisfies StoredResponse)
      return { status, body, replayed: false }
    },
    'background',
  )
  return json(
    outcome.status,
    outcome.body,
    outcome.replayed ? { ...reqHeaders, 'idempotent-replayed': 'true' } : reqHeaders,
  )
}
