import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'

test('a business’s public page shows who it is and invites its clients to sign in', async ({ page, visit }) => {
  expect(await visit(tenantUrl('piscines-laurentides'))).toBe(200)
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Piscines Laurentides')
  await expect(page.getByText('Entretien de piscines')).toBeVisible()
  await expect(page.getByText('Piscines Laurentides présentera bientôt ses services ici.')).toBeVisible()
  await page.getByRole('link', { name: 'Se connecter' }).click()
  await expect(page).toHaveURL(tenantUrl('piscines-laurentides', '/fr/sign-in'))
})
