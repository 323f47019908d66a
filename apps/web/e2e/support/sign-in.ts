import { expect, type Page } from '@playwright/test'

const labels = {
  fr: { email: 'Adresse courriel', send: 'Recevoir un code', code: 'Code à six chiffres', verify: 'Se connecter' },
  en: { email: 'Email address', send: 'Send me a code', code: 'Six-digit code', verify: 'Sign in' },
}

/**
 * Signs in on the sign-in page the browser is on (dev adapter: the code emailed to the local
 * mailbox) and waits until the page it sends the reader to has loaded.
 */
export async function signInHere(
  page: Page,
  email: string,
  latestSignInCode: (email: string) => Promise<string>,
  locale: 'fr' | 'en' = 'fr',
) {
  const words = labels[locale]
  const main = page.getByRole('main')
  await main.getByLabel(words.email).fill(email)
  await main.getByRole('button', { name: words.send }).click()
  await expect(main.getByLabel(words.code)).toBeFocused()
  await main.getByLabel(words.code).fill(await latestSignInCode(email))
  const leaving = page.waitForURL((url) => !url.pathname.endsWith('/sign-in'))
  await main.getByRole('button', { name: words.verify }).click()
  await leaving
}
