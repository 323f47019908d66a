import type { Page } from '@playwright/test'
import { dayAhead } from './support/booking-wizard'
import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'

const pools = 'piscines-laurentides'

test.use({ storageState: sessionOf('david.thompson@example.com') })

/** The unread count the bell is named with ("Notifications, 2 non lues"; none: 0). */
async function bellCount(page: Page): Promise<number> {
  const name = (await page.getByTestId('notification-bell').getAttribute('aria-label')) ?? ''
  return Number(/(\d+)/.exec(name)?.[1] ?? 0)
}

/**
 * Books the weekly maintenance at its next free slot through the portal's own API, from the page
 * (same origin, this session), as the booking wizard's last step does: the booking workflow then
 * confirms it to the client, which writes the in-app notification the bell must show.
 */
async function bookNextFreeSlot(page: Page, days: string[]): Promise<void> {
  const booked = await page.evaluate(async (dates) => {
    const data = async (response: Response) => {
      if (!response.ok) throw new Error(`${response.status}: ${await response.text()}`)
      const body = (await response.json()) as { result: { data: { json: unknown } } }
      return body.result.data.json
    }
    const query = (input: unknown) => `?input=${encodeURIComponent(JSON.stringify({ json: input }))}`
    const catalog = (await data(await fetch('/api/trpc/booking.catalog'))) as {
      services: { id: string; nameFr: string }[]
    }
    const service = catalog.services.find((each) => each.nameFr === 'Entretien hebdomadaire')
    if (!service) return 'the demo pool business sells no weekly maintenance'
    for (const date of dates) {
      const slots = (await data(await fetch(`/api/trpc/booking.slots${query({ serviceId: service.id, date })}`))) as {
        start: string
      }[]
      const slot = slots.at(-1)
      if (!slot) continue
      const created = await fetch('/api/trpc/booking.create', {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          json: { serviceId: service.id, start: slot.start, idempotencyKey: `bell-${Date.now()}` },
        }),
      })
      if (created.ok) return 'booked'
    }
    return 'no free slot to book in the next weeks'
  }, days)
  expect(booked).toBe('booked')
}

test('a notification for the signed-in client appears in the bell without a reload; the page words it in French and marking all read clears the count', async ({
  page,
  visit,
  expectAccessible,
}) => {
  test.setTimeout(120_000)
  await visit(tenantUrl(pools, '/fr/portal'))
  const bell = page.getByTestId('notification-bell')
  await expect(bell).toBeVisible()
  await expect(bell).toHaveAttribute('aria-label', /^Notifications, /)
  const before = await bellCount(page)
  const loadedAt = await page.evaluate(() => performance.timeOrigin)

  await bookNextFreeSlot(
    page,
    Array.from({ length: 30 }, (_, index) => dayAhead(index + 3)),
  )

  // The same page, never reloaded: the count goes up as the confirmation is written.
  await expect.poll(() => bellCount(page), { timeout: 45_000 }).toBeGreaterThan(before)
  expect(await page.evaluate(() => performance.timeOrigin)).toBe(loadedAt)
  await expect(page.getByTestId('notification-count')).toHaveText(String(await bellCount(page)))
  await expect(page.getByRole('status').filter({ hasText: /notifications? non lues?/ })).toHaveCount(1)

  await bell.click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Notifications')
  const list = page.getByTestId('notification-list')
  // The line is in the reader's language; the service keeps the name it had in the client's own
  // language when the notification was written (David's profile is in English).
  await expect(list).toContainText(/Rendez-vous confirmé : « (Entretien hebdomadaire|Weekly maintenance) »/)
  await expectAccessible()

  await page.getByRole('button', { name: 'Tout marquer comme lu' }).click()
  await expect(bell).toHaveAttribute('aria-label', 'Notifications, aucune non lue')
  await expect(page.getByTestId('notification-count')).toHaveCount(0)
})
