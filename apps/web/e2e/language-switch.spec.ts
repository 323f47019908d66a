import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'

test('switching language keeps the page and its query, and is remembered', async ({
  page,
  visit,
  expectAccessible,
}) => {
  await visit(tenantUrl('clinique-belair', '/fr/sign-in?source=e2e'))
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Connexion')
  await page.getByRole('link', { name: 'English' }).click()
  await expect(page).toHaveURL(tenantUrl('clinique-belair', '/en/sign-in?source=e2e'))
  await expect(page.locator('html')).toHaveAttribute('lang', 'en')
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Sign in')
  await expectAccessible()
  // The next visit without a language in the path starts in the one chosen, over the browser's French.
  await visit(tenantUrl('clinique-belair', '/'))
  await expect(page).toHaveURL(tenantUrl('clinique-belair', '/en'))
  await page.getByRole('link', { name: 'Français' }).click()
  await expect(page).toHaveURL(tenantUrl('clinique-belair', '/fr'))
})

test.describe(() => {
  test.use({ storageState: sessionOf('mathieu@piscines-laurentides.example') })

  test('after navigating inside the app, switching language opens the page now shown', async ({ page, visit }) => {
    const pools = 'piscines-laurentides'
    await visit(tenantUrl(pools, '/fr/admin'))
    const nav = page.getByRole('navigation', { name: 'Sections de l’administration' })
    // A client-side navigation: the layout holding the switcher is not rendered again.
    await nav.getByRole('link', { name: 'Clients' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
    await page.getByRole('link', { name: 'English' }).click()
    await expect(page).toHaveURL(tenantUrl(pools, '/en/admin/clients'))
    await expect(page.getByRole('heading', { level: 1, name: 'Clients' })).toBeVisible()
  })
})
