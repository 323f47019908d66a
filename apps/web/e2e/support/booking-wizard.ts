import { expect, type Page } from '@playwright/test'

/** A local date `days` from today on the demo businesses' clock (Toronto), as YYYY-MM-DD. */
export function dayAhead(days: number): string {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number)
  return new Date(Date.UTC(year, month - 1, day + days)).toISOString().slice(0, 10)
}

/**
 * Picks the first free day on or after `from` in the wizard's French calendar, moving to the next
 * month when this one has none left. Free days are the only enabled ones.
 */
export async function pickFreeDay(page: Page, from: string): Promise<string> {
  for (let month = 0; month < 3; month++) {
    const grid = page.getByRole('grid')
    await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0)
    const free = await grid
      .locator('[role="gridcell"][data-day]:not([data-disabled]):not([data-outside])')
      .evaluateAll((cells) => cells.map((cell) => cell.getAttribute('data-day') ?? ''))
    const day = free.find((each) => each >= from)
    if (day) {
      await grid.locator(`[data-day="${day}"]:not([data-outside]) button`).click()
      return day
    }
    await page.getByRole('button', { name: /mois suivant/i }).click()
  }
  throw new Error(`no free day from ${from} in three months`)
}

/**
 * React's hydration errors on this page (production builds report them minified, #418 and
 * friends, as uncaught errors): the server's HTML and the browser's first render differ.
 */
export function watchHydrationErrors(page: Page): string[] {
  const seen: string[] = []
  const hydration = /hydrat|Minified React error #(418|419|421|422|423|425)\b/i
  page.on('pageerror', (error) => {
    if (hydration.test(error.message)) seen.push(error.message)
  })
  page.on('console', (message) => {
    if (message.type() === 'error' && hydration.test(message.text())) seen.push(message.text())
  })
  return seen
}
