import { readUnsubscribeEnv } from '@portail/email'
import { handleUnsubscribeRequest } from '@portail/email/unsubscribe'
import { getDatabase } from '~/server/database'

/**
 * `/api/unsubscribe?token=…`, on a business's portal host: the List-Unsubscribe link of its
 * non-essential mail. GET shows a confirmation; POST (the mail app's one click, RFC 8058, or the
 * page's button) applies it. The signed token is the only credential.
 */
export async function GET(request: Request): Promise<Response> {
  return handleUnsubscribeRequest(request, { database: await getDatabase(), secret: readUnsubscribeEnv().secret })
}

export async function POST(request: Request): Promise<Response> {
  return handleUnsubscribeRequest(request, { database: await getDatabase(), secret: readUnsubscribeEnv().secret })
}
