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

/** A Wednesday in September with a two-digit day, at least a month from now, as YYYY-MM-DD. */
function longDateAhead(): string {
  const date = new Date(Date.now() + 30 * 86_400_000)
  date.setUTCHours(12)
  while (date.getUTCMonth() !== 8 || date.getUTCDay() !== 3 || date.getUTCDate() < 10)
    date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

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

  const scheduleWords = {
    fr: {
      form: 'Ajouter une exception',
      kind: 'Type',
      extra: 'Heures en plus',
      closed: 'Fermeture',
      end: 'Fin',
      reason: /^Raison/,
      add: 'Ajouter l’exception',
      remove: /^Retirer l’exception du /,
      confirm: 'Retirer',
    },
    en: {
      form: 'Add an exception',
      kind: 'Kind',
      extra: 'Extra hours',
      closed: 'Closure',
      end: 'End',
      reason: /^Reason/,
      add: 'Add the exception',
      remove: /^Remove the exception of /,
      confirm: 'Remove',
    },
  } as const
  for (const locale of ['fr', 'en'] as const) {
    test(`on a phone, the schedule page with its exceptions never scrolls sideways (${locale})`, async ({
      page,
      visit,
    }) => {
      const words = scheduleWords[locale]
      await page.setViewportSize({ width: 390, height: 844 })
      await visit(tenantUrl(pools, `/${locale}/admin/schedule`))
      const main = page.getByRole('main')
      const form = main.getByRole('form', { name: words.form })
      await expect(form).toBeVisible()
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)

      // Extra hours show the two time fields; a listed exception shows its long remove button.
      await form.getByLabel(words.kind).selectOption({ label: words.extra })
      await expect(form.getByLabel(words.end)).toBeVisible()
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)

      await form.getByLabel(words.kind).selectOption({ label: words.closed })
      // The longest words a date has (Wednesday/mercredi, September/septembre, two digits) make
      // the longest remove button; far ahead, so no other spec's booking meets it; removed below.
      await form.getByLabel('Date').fill(longDateAhead())
      await form.getByLabel(words.reason).fill('Formation des techniciens en sécurité aquatique')
      await form.getByRole('button', { name: words.add }).click()
      const remove = main.getByRole('button', { name: words.remove })
      await expect(remove).toBeVisible()
      expect(await sidewaysOverflow(page)).toBeLessThanOrEqual(0)
      // Within the page's column, not only the screen.
      const [box, column] = [await remove.boundingBox(), await main.boundingBox()]
      expect(box && column && column.x + column.width - (box.x + box.width)).toBeGreaterThanOrEqual(0)

      await remove.click()
      await page.getByRole('dialog').getByRole('button', { name: words.confirm, exact: true }).click()
      await expect(remove).toHaveCount(0)
    })
  }

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

test('every page has an icon: /favicon.ico answers 200 on the platform site and on a portal', async ({ page }) => {
  // Through the browser: it resolves *.localhost by itself, Node's resolver does not.
  for (const origin of [rootUrl, tenantUrl(pools, '')]) {
    const response = await page.goto(`${origin}/favicon.ico`)
    expect(response?.status(), `${origin}/favicon.ico`).toBe(200)
    expect(response?.headers()['content-type']).toContain('image/')
  }
  await page.goto(`${rootUrl}/fr`)
  await expect(page.locator('link[rel="icon"]').first()).toHaveAttribute('href', /favicon\.ico/)
})
