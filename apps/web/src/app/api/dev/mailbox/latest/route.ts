import { readLocalMailbox } from '@portail/email'
import { getDatabase } from '~/server/database'
import { devMailboxOpen } from '~/server/dev-mailbox-access'

const noStore = { 'cache-control': 'no-store' }

/** Mail kinds a test may ask for: the sign-in code (default), a step-up code and the link of a team invitation. */
const kinds = new Set(['sign-in-code', 'step-up-code', 'staff-invitation'])

/**
 * GET /api/dev/mailbox/latest?to=<email>[&kind=staff-invitation]: the newest mail of that kind in
 * the local mailbox (its six-digit code, its first link), for a developer's scripts against
 * `pnpm dev` (the embedded database lives inside the server process). It answers only a request
 * from this machine to a development server where the dev sign-in runs (server/dev-mailbox-access.ts):
 * elsewhere it is a 404 like any unknown path. The browser suite, on a production build, reads
 * MAIL_FILES_DIR instead.
 */
export async function GET(request: Request): Promise<Response> {
  if (!devMailboxOpen(request.headers)) return new Response(null, { status: 404, headers: noStore })
  const to = new URL(request.url).searchParams.get('to')?.trim().toLowerCase()
  if (!to) return Response.json({ error: 'to: an email address is required' }, { status: 400, headers: noStore })
  const kind = new URL(request.url).searchParams.get('kind') ?? 'sign-in-code'
  if (!kinds.has(kind)) return Response.json({ error: 'kind: unknown mail kind' }, { status: 400, headers: noStore })
  const [mail] = await readLocalMailbox(await getDatabase(), to, { kind, limit: 1 })
  if (!mail) return new Response(null, { status: 404, headers: noStore })
  const code = /\b\d{6}\b/.exec(mail.subject)?.[0] ?? /\b\d{6}\b/.exec(mail.text)?.[0] ?? null
  const link = /https?:\/\/\S+/.exec(mail.text)?.[0] ?? null
  return Response.json(
    { to: mail.to, locale: mail.locale, subject: mail.subject, code, link, createdAt: mail.createdAt },
    { headers: noStore },
  )
}
