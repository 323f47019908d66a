import { expect as baseExpect } from '@playwright/test'
import { dayAhead, pickFreeDay, watchHydrationErrors } from './support/booking-wizard'
import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

const pools = 'piscines-laurentides'
const street = '742, rue des Érables'
const notes = 'Code de la barrière : 4321. Le chien est gentil.'

test('a visitor books a home visit with an address and a gate code, signs in on the way, and everything arrives: the confirmation names who comes, the team sees where and the code', async ({
  page,
  context,
  browser,
  expectAccessible,
}) => {
  test.setTimeout(180_000)
  // The tab where the visitor starts; the fixture's page is the one where signing in ends.
  const first = await context.newPage()
  const hydration = watchHydrationErrors(first)
  const main = first.getByRole('main')
  const email = `marc.gagnon.${Date.now()}@example.com`

  // A visitor, not signed in, goes through the wizard up to the review.
  await first.goto(tenantUrl(pools, '/fr/portal/book'))
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Quel service voulez-vous réserver ?')
  await main.getByRole('radio', { name: 'Entretien hebdomadaire' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Avec qui ?')
  await main.getByRole('radio', { name: /^Peu importe/ }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Quel jour ?')
  const day = await pickFreeDay(first, dayAhead(3))
  await first.getByTestId('slots').getByRole('button').first().click()

  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Où a lieu le service ?')
  await main.getByLabel('Adresse', { exact: true }).fill(street)
  await main.getByLabel('Ville').fill('Saint-Sauveur')
  await main.getByLabel('Province ou territoire').selectOption('QC')
  await main.getByLabel('Code postal').fill('J0R 1R0')
  await main.getByLabel('Notes pour l’équipe (facultatif)').fill(notes)
  await main.getByRole('button', { name: 'Continuer' }).click()

  const review = first.getByTestId('review')
  await expect(first.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  await expect(review).toContainText(street)
  await expect(review).toContainText(notes)

  // The visitor leaves to sign in, and finishes in another tab (a phone reopening the page from
  // another app, a tab closed by mistake): the typed details come back there, once.
  await main.getByRole('button', { name: 'Se connecter pour réserver' }).click()
  await expect(first.getByRole('heading', { level: 1 })).toHaveText('Connexion')
  const signInUrl = first.url()
  await first.close()
  const tab = page
  const hydrationAfter = watchHydrationErrors(tab)
  const inTab = tab.getByRole('main')
  await tab.goto(signInUrl)
  await signInHere(tab, email)
  const again = tab.getByTestId('review')
  await expect(tab.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  await expect(again).toContainText(street)
  await expect(again).toContainText('Saint-Sauveur QC J0R 1R0')
  await expect(again).toContainText(notes)
  await inTab.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  // A new account is named after its email until the person gives their name.
  await inTab.getByLabel('Votre nom').fill('Client Saint-Sauveur')
  await tab.getByRole('checkbox').check()
  await inTab.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  await expect(tab.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  await expect(again).toContainText(street)
  await expect(again).toContainText(notes)
  await expect(again).toContainText('Peu importe')

  // The confirmation names the person assigned, not "anyone".
  await inTab.getByRole('button', { name: 'Confirmer la réservation' }).click()
  const booked = inTab.getByRole('status')
  await expect(booked).toContainText('C’est réservé !')
  await expect(booked).not.toContainText('Peu importe')
  await expect(booked).toContainText(/avec (Sophie|Mathieu|Jordan)/)
  const assigned = /avec (Sophie|Mathieu|Jordan)/.exec((await booked.textContent()) ?? '')?.[1] ?? ''
  await expectAccessible()

  // The appointment keeps the address and the notes.
  await inTab.getByRole('link', { name: 'Voir le rendez-vous' }).click()
  const appointment = tab.getByTestId('appointment')
  await expect(appointment).toContainText(street)
  await expect(appointment).toContainText(notes)
  await expect(appointment).toContainText(assigned)

  // Booking another starts afresh: the draft went with the confirmation.
  await tab.goto(tenantUrl(pools, '/fr/portal/book'))
  await inTab.getByRole('radio', { name: 'Entretien hebdomadaire' }).click()
  await inTab.getByRole('button', { name: 'Continuer' }).click()
  await inTab.getByRole('radio', { name: /^Peu importe/ }).click()
  await inTab.getByRole('button', { name: 'Continuer' }).click()
  await pickFreeDay(tab, dayAhead(3))
  await tab.getByTestId('slots').getByRole('button').first().click()
  await expect(inTab.getByLabel('Notes pour l’équipe (facultatif)')).toHaveValue('')

  expect([...hydration, ...hydrationAfter], 'hydration errors on the booking wizard').toEqual([])

  // The team sees where to go and the gate code in the booking's detail.
  const staff = await browser.newContext({
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    storageState: sessionOf('sophie@piscines-laurentides.example'),
  })
  const desk = await staff.newPage()
  await desk.goto(tenantUrl(pools, '/fr/admin/bookings'))
  const deskMain = desk.getByRole('main')
  const booking = deskMain.getByRole('button', { name: /Confirmé.*Entretien hebdomadaire/ })
  // From a stored session the page can be on screen before React has taken it over; a date typed
  // then is lost, so it is typed again until the calendar shows that day.
  await baseExpect(async () => {
    await deskMain.getByLabel('Date', { exact: true }).fill(day)
    await baseExpect(booking.first()).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
  await deskMain.getByRole('button', { name: /Client Saint-Sauveur.*Confirmé.*Entretien hebdomadaire/ }).click()
  const detail = desk.getByRole('dialog')
  await baseExpect(detail).toContainText(street)
  await baseExpect(detail).toContainText('Saint-Sauveur')
  await baseExpect(detail).toContainText(notes)
  await staff.close()
})

/**
 * A browser zone whose date differs from the business's (Toronto) right now: Kiritimati is 19 h
 * ahead of Toronto, Pago Pago 6 h behind, so one of them always is on another day.
 */
function zoneOnAnotherDay(): string {
  const kiritimati = new Date().toLocaleDateString('en-CA', { timeZone: 'Pacific/Kiritimati' })
  return kiritimati === dayAhead(0) ? 'Pacific/Pago_Pago' : 'Pacific/Kiritimati'
}

test('the calendar marks the business’s today for a visitor on another day, and loads without hydration errors', async ({
  browser,
}) => {
  const context = await browser.newContext({ locale: 'fr-CA', timezoneId: zoneOnAnotherDay() })
  const page = await context.newPage()
  const hydration = watchHydrationErrors(page)
  const main = page.getByRole('main')
  await page.goto(tenantUrl(pools, '/fr/portal/book'))
  await main.getByRole('radio', { name: 'Entretien hebdomadaire' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await main.getByRole('radio', { name: /^Peu importe/ }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Quel jour ?')
  // Loaded as such (a link shared, a reload): the server draws the calendar first.
  await page.reload()
  await expect(page.getByRole('grid')).toBeVisible()
  // The free days arrive once React has taken the page over (any hydration error is out by then).
  await expect(page.getByRole('status').filter({ hasText: 'Chargement' })).toHaveCount(0)
  // Today is the business's today, as the server drew it and as the browser draws it again (a
  // production build leaves a differing attribute from the server in place: a month away and back
  // redraws the days).
  const today = page.getByRole('grid').locator('[data-today]:not([data-outside])')
  await expect(today).toHaveAttribute('data-day', dayAhead(0))
  await page.getByRole('button', { name: /mois suivant/i }).click()
  await page.getByRole('button', { name: /mois précédent/i }).click()
  await expect(today).toHaveAttribute('data-day', dayAhead(0))
  expect(hydration, 'hydration errors on the booking wizard').toEqual([])
  await context.close()
})

test('a client who signs in during booking without typing an address finds the one on file, with the notes kept', async ({
  page,
}) => {
  test.setTimeout(120_000)
  const main = page.getByRole('main')
  await page.goto(tenantUrl(pools, '/fr/portal/book'))
  await main.getByRole('radio', { name: 'Entretien hebdomadaire' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await main.getByRole('radio', { name: /^Peu importe/ }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()
  await pickFreeDay(page, dayAhead(3))
  await page.getByTestId('slots').getByRole('button').first().click()
  // A visitor does not know the business has the address: only the gate code is typed.
  await main.getByLabel('Notes pour l’équipe (facultatif)').fill(notes)
  await main.getByRole('button', { name: 'Continuer' }).click()
  await expect(page.getByTestId('review')).toContainText('Chez Piscines Laurentides')

  await main.getByRole('button', { name: 'Se connecter pour réserver' }).click()
  // Loaded (scripts included) before typing: a form sent before React takes it over is lost.
  await page.waitForURL((url) => url.pathname === '/fr/sign-in')
  await signInHere(page, 'david.thompson@example.com')
  const review = page.getByTestId('review')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  await expect(review).toContainText('45 Bennett Road')
  await expect(review).toContainText(notes)
  await expect(main.getByRole('button', { name: 'Confirmer la réservation' })).toBeVisible()
})
