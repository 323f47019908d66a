import { expect, type Page } from '@playwright/test'
import { codeSince } from './mail-files'

const labels = {
  fr: { email: 'Adresse courriel', send: 'Recevoir un code', code: 'Code à six chiffres', verify: 'Se connecter' },
  en: { email: 'Email address', send: 'Send me a code', code: 'Six-digit code', verify: 'Sign in' },
}

/**
 * Signs in for real on the sign-in page the browser is on (dev adapter: the code emailed, read
 * from the run's mail folder) and waits until the page it sends the reader to has loaded. Only
 * for specs about signing in and for people the run creates: the demo accounts come signed in
 * from sign-in.setup.ts (support/sessions.ts), as each address may ask for 5 codes per 15 minutes.
 */
export async function signInHere(page: Page, email: string, locale: 'fr' | 'en' = 'fr') {
  const words = labels[locale]
  const main = page.getByRole('main')
  await main.getByLabel(words.email).fill(email)
  const since = new Date()
  await main.getByRole('button', { name: words.send }).click()
  await expect(main.getByLabel(words.code)).toBeFocused()
  await main.getByLabel(words.code).fill(await codeSince(email, 'sign-in-code', since))
  const leaving = page.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
  await main.getByRole('button', { name: words.verify }).click()
  await leaving
}
