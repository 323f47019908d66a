import type { Database } from '@portail/db'
import { localeFromAcceptLanguage } from '@portail/i18n'
import { applyUnsubscribe, unsubscribeTarget } from './apply-unsubscribe'
import { unsubscribePage, type UnsubscribePageState } from './unsubscribe-page'
import { verifyUnsubscribeToken } from './unsubscribe-token'

const page = async (locale: 'fr' | 'en', state: UnsubscribePageState, status = 200) =>
  new Response(await unsubscribePage(locale, state), {
    status,
    headers: {
      'content-type': 'text/html; charset=utf-8',
      'cache-control': 'no-store',
      // The token is in the address: no page this one links to may receive it.
      'referrer-policy': 'no-referrer',
      'x-robots-tag': 'noindex',
    },
  })

/**
 * `/api/unsubscribe?token=…`. GET shows the confirmation (link scanners and previews follow GET,
 * so it changes nothing); POST applies the opt-out: what a mail app sends for RFC 8058's one
 * click (`List-Unsubscribe=One-Click`), and what the page's button sends. The token is the only
 * credential: no session, no cookie. A bad token changes nothing and says so.
 */
export async function handleUnsubscribeRequest(
  request: Request,
  deps: { database: Database; secret: string },
): Promise<Response> {
  const token = new URL(request.url).searchParams.get('token') ?? ''
  const claims = verifyUnsubscribeToken(token, deps.secret)
  if (!claims) {
    const locale = localeFromAcceptLanguage(request.headers.get('accept-language') ?? '') ?? 'fr'
    return page(locale, { kind: 'invalid' }, 400)
  }
  if (request.method === 'POST') {
    const target = await applyUnsubscribe(deps.database, claims)
    if (!target) return page(claims.locale, { kind: 'invalid' }, 404)
    return page(claims.locale, { kind: 'done', businessName: target.businessName, topic: claims.topic })
  }
  const target = await unsubscribeTarget(deps.database, claims)
  if (!target) return page(claims.locale, { kind: 'invalid' }, 404)
  return page(claims.locale, { kind: 'confirm', businessName: target.businessName, topic: claims.topic, token })
}
