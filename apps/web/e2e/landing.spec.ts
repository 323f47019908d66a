import { rootUrl } from './support/env'
import { expect, test } from './support/fixtures'

test.describe('the platform landing page', () => {
  test('greets a French-speaking browser in French at /fr', async ({ page, visit }) => {
    expect(await visit(`${rootUrl}/`)).toBe(200)
    await expect(page).toHaveURL(`${rootUrl}/fr`)
    await expect(page.locator('html')).toHaveAttribute('lang', 'fr')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('Le portail client des entreprises de services')
  })

  test('speaks English at /en', async ({ page, visit }) => {
    expect(await visit(`${rootUrl}/en`)).toBe(200)
    await expect(page.locator('html')).toHaveAttribute('lang', 'en')
    await expect(page.getByRole('heading', { level: 1 })).toHaveText('The client portal for service businesses')
    await expect(page.getByRole('heading', { name: 'What clients do there' })).toBeVisible()
  })
})
