import { catalogs } from '@portail/i18n'

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] ?? c)

/**
 * The page the service worker shows for a page it cannot fetch offline. It is precached once for
 * every portal and language (the worker knows neither), so it says it in both languages, French
 * first, each part marked with its `lang`; no script, no business data, nothing to fetch. "Try
 * again" links to the same address (href=""), which the browser loads anew.
 */
export function offlinePageHtml(): string {
  const fr = catalogs.fr.pwa
  const en = catalogs.en.pwa
  const part = (lang: string, title: string, body: string, retry: string) =>
    `<section lang="${lang}"><h1>${escapeHtml(title)}</h1><p>${escapeHtml(body)}</p><p><a href="">${escapeHtml(retry)}</a></p></section>`
  return [
    '<!doctype html>',
    '<html lang="fr"><head><meta charset="utf-8">',
    '<meta name="viewport" content="width=device-width, initial-scale=1">',
    `<title>${escapeHtml(fr.offlineTitle)} · ${escapeHtml(en.offlineTitle)}</title>`,
    '<style>body{font-family:system-ui,sans-serif;max-width:32rem;margin:4rem auto;padding:0 1rem;color:#18181b}',
    'section+section{border-top:1px solid #d4d4d8;margin-top:2rem;padding-top:1rem}a{color:#1d4ed8}</style>',
    '</head><body><main>',
    part('fr', fr.offlineTitle, fr.offlineBody, fr.offlineRetry),
    part('en', en.offlineTitle, en.offlineBody, en.offlineRetry),
    '</main></body></html>',
  ].join('')
}
