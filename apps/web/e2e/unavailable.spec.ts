import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'

test('an address no business uses answers a 404 in the reader’s language first', async ({ page, visit }) => {
  expect(await visit(tenantUrl('nobody-here', '/en'))).toBe(404)
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Portal not found')
  await expect(page.getByRole('heading', { name: 'Portail introuvable' })).toBeVisible()
})

test('a suspended business’s portal says so, naming the business', async ({ page, visit }) => {
  expect(await visit(tenantUrl('atelier-ferme'))).toBe(403)
  await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Portail suspendu')
  await expect(page.getByText("L'Atelier de la Ferme")).toBeVisible()
})
