import { functions, inngest } from '@portail/inngest'
import { serve } from 'inngest/next'
import type { NextRequest } from 'next/server'
import { webEnv } from '~/env'

const served = serve({ client: inngest, functions })

const notHere = () => new Response(null, { status: 404, headers: { 'cache-control': 'no-store' } })

/**
 * Inngest's endpoint (Cloud or self-hosted `inngest start` call it to sync and run functions),
 * signature-checked by the SDK with INNGEST_SIGNING_KEY: an unsigned or forged call gets 401. Not
 * found on the embedded default: the engine calls the same handler in process, never over HTTP.
 */
const route =
  (method: 'GET' | 'POST' | 'PUT') =>
  (request: NextRequest, context: unknown): Promise<Response> =>
    webEnv().inngest.mode === 'embedded' ? Promise.resolve(notHere()) : served[method](request, context)

export const GET = route('GET')
export const POST = route('POST')
export const PUT = route('PUT')
