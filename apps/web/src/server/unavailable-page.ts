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

const copy = {
  unknown: {
    status: 404,
    fr: {
      title: 'Portail introuvable',
      body: 'Aucune entreprise n’utilise cette adresse sur Portail. Vérifiez l’adresse ou contactez l’entreprise.',
    },
    en: {
      title: 'Portal not found',
      body: 'No business uses this address on Portail. Check the address or contact the business.',
    },
  },
  // 403, not 503: a suspension is a deliberate decision about this one business, not an outage of
  // ours. A 5xx would page our own error-rate alerts and tell crawlers and health checks that the
  // platform is down; 403 says "this exists, and access is refused".
  suspended: {
    status: 403,
    fr: {
      title: 'Portail suspendu',
      body: 'Le portail de cette entreprise est suspendu pour le moment. Pour vos rendez-vous ou factures, contactez directement l’entreprise.',
    },
    en: {
      title: 'Portal suspended',
      body: 'This business’s portal is suspended for now. For your appointments or invoices, contact the business directly.',
    },
  },
  // Ours, and temporary: the one case that is a 5xx.
  outage: {
    status: 503,
    fr: {
      title: 'Portail momentanément indisponible',
      body: 'Nous ne pouvons pas afficher ce portail pour le moment. Réessayez dans quelques minutes.',
    },
    en: {
      title: 'Portal temporarily unavailable',
      body: 'We cannot show this portal right now. Please try again in a few minutes.',
    },
  },
} as const

export function renderUnavailablePage(
  reason: UnavailableReason,
  options: { businessName?: string; homeUrl: string; locale?: 'fr' | 'en' },
): UnavailablePage {
  const first = options.locale ?? 'fr'
  const text = copy[reason]
  const name = options.businessName ? `<p class="name">${escapeHtml(options.businessName)}</p>` : ''
  const home = escapeHtml(options.homeUrl)
  const section = (lang: 'fr' | 'en') =>
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
  return { status: text.status, html }
}
