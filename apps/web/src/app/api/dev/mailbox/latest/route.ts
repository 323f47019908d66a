import { readLocalMailbox } from '@portail/email'
import { webEnv } from '../../../../../env'
import { getDatabase } from '../../../../../server/database'

const noStore = { 'cache-control': 'no-store' }

/**
 * GET /api/dev/mailbox/latest?to=<email>: the newest sign-in code mail in the local mailbox, for
 * end-to-end tests (the embedded database lives inside the server process, out of a test's
 * reach). It exists only where the dev sign-in adapter runs, which is never a real deployment:
 * elsewhere it answers 404 like any unknown path.
 */
export async function GET(request: Request): Promise<Response> {
  if (!webEnv().devAuth) return new Response(null, { status: 404, headers: noStore })
  const to = new URL(request.url).searchParams.get('to')?.trim().toLowerCase()
  if (!to) return Response.json({ error: 'to: an email address is required' }, { status: 400, headers: noStore })
  const [mail] = await readLocalMailbox(await getDatabase(), to, { kind: 'sign-in-code', limit: 1 })
  if (!mail) return new Response(null, { status: 404, headers: noStore })
  const code = /\b\d{6}\b/.exec(mail.subject)?.[0] ?? /\b\d{6}\b/.exec(mail.text)?.[0] ?? null
  return Response.json(
    { to: mail.to, locale: mail.locale, subject: mail.subject, code, createdAt: mail.createdAt },
    { headers: noStore },
  )
}
