import type { Page } from '@playwright/test'
import { rootUrl, tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'

const pools = 'piscines-laurentides'
const owner = 'sophie@piscines-laurentides.example'
const poolClient = 'david.thompson@example.com'

/** How far the page scrolls sideways: 0 when nothing is wider than the window. */
const sidewaysOverflow = (page: Page) => page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)

/**
 * Everything the browser reports as an error while a page loads and hydrates. A production
 * build's React names a hydration mismatch by its error number only (418, 419, 421, 422, 423,
 * 425: "Minified React error #418; visit https://react.dev/errors/418"), never by the word.
 */
function collectErrors(page: Page): string[] {
  const errors: string[] = []
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text())
  })
  page.on('pageerror', (error) => errors.push(`${error.name}: ${error.message}`))
  return errors
}
const hydrationError =
  /hydrat|react\.dev\/errors\/(418|419|421|422|423|425)\b|react error #(418|419|421|422|423|425)\b/i
const hydrationErrors = (errors: string[]) => errors.filter((text) => hydrationError.test(text))

test.describe('as the owner', () => {
  test.use({ storageState: sessionOf(owner) })

  test('the team table fits a 1280 px window: every action is on screen', async ({ page, visit }) => {
    await page.setViewportSize({ width: 1280, height: 800 })
    await visit(tenantUrl(pools, '/fr/admin/team'))
    const members = page.getByRole('table', { name: 'Membres de l’équipe et leur rôle' })
    await expect(members.getByRole('button', { name: 'Retirer' }).first()).toBeVisible()
    const actions = members.locator('button, select')
    const count = await actions.count()
    // Two colleagues of the owner: a role picker and a remove button each, a public-name save per row.
    expect(count).toBeGreaterThanOrEqual(7)
    for (let index = 0; index < count; index++) {
      const box = await actions.nth(index).boundingBox()
      expect(box, `action ${index} has a box`).not.toBeNull()
      if (!box) continue
      expect(box.x, `action ${index} starts on screen`).toBeGreaterThanOrEqual(0)
      expect(box.x + box.width, `action ${index} ends on screen`).toBeLessThanOrEqual(1280)
    }
    // Nothing scrolls sideways to reach them either: not the page, not the table's own box.
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
    const tableScroll = await members.evaluate((table) => {
      const box = table.parentElement
      return box ? box.scrollWidth - box.clientWidth : 0
    })
    expect(tableScroll).toBeLessThanOrEqual(0)
  })

  test('on a phone, the schedule page with its exceptions never scrolls sideways', async ({ page, visit }) => {
    await page.setViewportSize({ width: 390, height: 844 })
    await visit(tenantUrl(pools, '/fr/admin/schedule'))
    const main = page.getByRole('main')
    const form = main.getByRole('form', { name: 'Ajouter une exception' })
    await expect(form).toBeVisible()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)

    // Extra hours show the two time fields; a listed exception shows its long remove button.
    await form.getByLabel('Type').selectOption({ label: 'Heures en plus' })
    await expect(form.getByLabel('Fin')).toBeVisible()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)

    await form.getByLabel('Type').selectOption({ label: 'Fermeture' })
    // Far ahead, so no other spec's booking meets it; removed below.
    const date = new Date(Date.now() + 300 * 86_400_000).toISOString().slice(0, 10)
    await form.getByLabel('Date').fill(date)
    await form.getByLabel(/^Raison/).fill('Formation des techniciens en sécurité aquatique')
    await form.getByRole('button', { name: 'Ajouter l’exception' }).click()
    const remove = main.getByRole('button', { name: /^Retirer l’exception du / })
    await expect(remove).toBeVisible()
    expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)

    await remove.click()
    await page.getByRole('dialog').getByRole('button', { name: 'Retirer' }).click()
    await expect(remove).toHaveCount(0)
  })

  test('the services page hydrates without a mismatch', async ({ page }) => {
    const errors = collectErrors(page)
    await page.goto(tenantUrl(pools, '/fr/admin/services'))
    const list = page.getByRole('navigation', { name: 'Services' })
    const second = list.getByRole('button').nth(1)
    const name = (await second.textContent()) ?? ''
    // A click that changes the editor proves React runs the page (hydration is over).
    await second.click()
    await expect(second).toHaveAttribute('aria-current', 'true')
    await expect(page.getByRole('heading', { level: 2, name: `Modifier « ${name.trim()} »` })).toBeVisible()
    await page.waitForLoadState('networkidle')
    expect(hydrationErrors(errors)).toEqual([])
  })
})

test.describe('as a client', () => {
  test.use({ storageState: sessionOf(poolClient) })

  for (const locale of ['fr', 'en'] as const) {
    test(`the profile page hydrates without a mismatch (${locale})`, async ({ page }) => {
      const errors = collectErrors(page)
      await page.goto(tenantUrl(pools, `/${locale}/portal/profile`))
      // The language radios answer a click only once React runs the page.
      const other = page.getByRole('radio', { name: locale === 'fr' ? 'English' : 'Français' })
      await other.click()
      await expect(other).toBeChecked()
      await page.waitForLoadState('networkidle')
      expect(hydrationErrors(errors)).toEqual([])
    })
  }
})

test('every page has an icon: /favicon.ico answers 200 on the platform site and on a portal', async ({
  page,
  request,
}) => {
  for (const origin of [rootUrl, tenantUrl(pools, '')]) {
    const response = await request.get(`${origin}/favicon.ico`)
    expect(response.status(), `${origin}/favicon.ico`).toBe(200)
    expect(response.headers()['content-type']).toContain('image/')
  }
  await page.goto(`${rootUrl}/fr`)
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /favicon\.ico/)
})
