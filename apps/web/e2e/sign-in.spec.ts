import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { codeSince } from './support/mail-files'

const email = 'marie.gagnon@example.com'

test('a client signs in with the code emailed to them, then signs out', async ({ page, visit, expectAccessible }) => {
  await visit(tenantUrl('piscines-laurentides', '/fr/sign-in'))
  await page.getByLabel('Adresse courriel').fill(email)
  const asked = new Date()
  await page.getByRole('button', { name: 'Recevoir un code' }).click()

  await expect(page.getByRole('heading', { name: 'Nous vous avons envoyé un code' })).toBeVisible()
  const codeField = page.getByLabel('Code à six chiffres')
  await expect(codeField).toBeFocused()
  await expectAccessible()

  const code = await codeSince(email, 'sign-in-code', asked)
  const wrong = code === '000000' ? '111111' : '000000'
  await codeField.fill(wrong)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page.getByRole('main').getByRole('alert')).toHaveText('Ce code n’est pas le bon.')
  await expect(codeField).toHaveAttribute('aria-invalid', 'true')
  await expectAccessible()

  await codeField.fill(code)
  await page.getByRole('button', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr/portal'))
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Marie Gagnon' })).toBeVisible()
  await expectAccessible()

  await page.getByRole('button', { name: 'Se déconnecter' }).click()
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr'))
  await expect(page.getByRole('link', { name: 'Se connecter' })).toBeVisible()
  // Signed out for real: the portal sends the visitor back to sign in, then back to the portal.
  await visit(tenantUrl('piscines-laurentides', '/fr/portal'))
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr/sign-in?next=%2Ffr%2Fportal'))
})
