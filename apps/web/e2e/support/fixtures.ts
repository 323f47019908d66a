import AxeBuilder from '@axe-core/playwright'
import { expect, type Page, test as base } from '@playwright/test'

/** Serious and critical WCAG 2.1 A/AA violations on the page as it is now, as readable lines. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Judge the page at rest: a pointer left over the button just clicked would measure its hover
  // shade instead (hover contrast is the UI kit's to check, see packages/ui).
  await page.mouse.move(0, 0)
  // A toast sliding in, or the one behind it fading out, is half transparent while it moves: axe
  // would measure that instant's contrast. Wait for every finite animation and transition to end.
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every(
        (animation) =>
          animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity,
      ),
  )
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze()
  return results.violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map(
      (violation) =>
        `${violation.id} (${violation.impact}): ${violation.nodes.map((node) => node.target.join(' ')).join(', ')}`,
    )
}

export interface E2eFixtures {
  /** Opens a URL and checks the page it lands on with axe; gives the navigation's response status. */
  visit: (url: string) => Promise<number | null>
  /** Checks the current page with axe (after a step that changed it without a navigation). */
  expectAccessible: () => Promise<void>
}

/**
 * A made-up client address per test (198.18.0.0/15, the benchmarking range), sent as
 * x-forwarded-for, which the e2e server trusts (TRUST_PROXY=1, as behind our load balancer).
 * Without it every test would share one anonymous rate-limit bucket, and sign-ins in one spec
 * would exhaust the verifications of the next (10 per 15 minutes per address).
 */
function testAddress(testId: string): string {
  let hash = 0
  for (const char of testId) hash = (hash * 31 + char.charCodeAt(0)) >>> 0
  return `198.${18 + ((hash >>> 16) & 1)}.${(hash >>> 8) & 0xff}.${hash & 0xff || 1}`
}

export const test = base.extend<E2eFixtures>({
  extraHTTPHeaders: async ({ extraHTTPHeaders }, use, testInfo) => {
    await use({ ...extraHTTPHeaders, 'x-forwarded-for': testAddress(testInfo.testId) })
  },
  visit: async ({ page }, use) => {
    await use(async (url) => {
      const response = await page.goto(url)
      expect(await seriousViolations(page), `accessibility of ${page.url()}`).toEqual([])
      return response?.status() ?? null
    })
  },
  expectAccessible: async ({ page }, use) => {
    await use(async () => {
      expect(await seriousViolations(page), `accessibility of ${page.url()}`).toEqual([])
    })
  },
})

export { expect }
