import { catalogs, type Locale } from '@portail/i18n'

/**
 * The page a tenant host shows when there is no portal to serve. It is plain HTML built in the
 * proxy, before any route renders, so it carries both languages, the reader's first (French, the
 * platform's default, unless the request says otherwise), and needs no script or stylesheet.
 */
export type UnavailableReason = 'unknown' | 'suspended' | 'outage'

export interface UnavailablePage {
  status: number
  html: string
}

const escapeHtml = (text: string) => text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`)

// 403, not 503, for a suspension: a deliberate decision about this one business, not an outage
// of ours. A 5xx would page our own error-rate alerts and tell crawlers and health checks that the
// platform is down; 403 says "this exists, and access is refused". An outage is ours, and
// temporary: the one case that is a 5xx.
const statuses: Record<UnavailableReason, number> = { unknown: 404, suspended: 403, outage: 503 }

/** The words of each reason in one language, from the `unavailable` messages. */
function wording(locale: Locale): Record<UnavailableReason, { title: string; body: string }> {
  const words = catalogs[locale].unavailable
  return {
    unknown: { title: words.unknownTitle, body: words.unknownBody },
    suspended: { title: words.suspendedTitle, body: words.suspendedBody },
    outage: { title: words.outageTitle, body: words.outageBody },
  }
}

export function renderUnavailablePage(
  reason: UnavailableReason,
  options: { businessName?: string; homeUrl: string; locale?: Locale },
): UnavailablePage {
  const first = options.locale ?? 'fr'
  const text = { fr: wording('fr')[reason], en: wording('en')[reason] }
  const name = options.businessName ? `<p class="name">${escapeHtml(options.businessName)}</p>` : ''
  const home = escapeHtml(options.homeUrl)
  const section = (lang: Locale) =>
    `<section lang="${lang}"><h1>${text[lang].title}</h1><p>${text[lang].body}</p><p><a href="${home}">Portail</a></p></section>`
  const sections = first === 'fr' ? [section('fr'), section('en')] : [section('en'), section('fr')]
  const html = `<!doctype html>
<html lang="${first}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="robots" content="noindex">
<title>${first === 'fr' ? `${text.fr.title} · ${text.en.title}` : `${text.en.title} · ${text.fr.title}`}</title>
<style>body{font-family:system-ui,sans-serif;max-width:36rem;margin:4rem auto;padding:0 1rem;line-height:1.5;color:#1f2937}h1{font-size:1.4rem}.name{font-weight:600}section+section{margin-top:2rem;border-top:1px solid #e5e7eb;padding-top:1rem}</style>
</head>
<body>
<main>
${name}
${sections.join('\n')}
</main>
</body>
</html>
`
  return { status: statuses[reason], html }
}
