import { expect as baseExpect } from '@playwright/test'
import { tenantUrl } from './support/env'
import { dayAhead, pickFreeDay } from './support/booking-wizard'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

const clinic = 'clinique-belair'

const nextDay = (day: string) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + 24 * 60 * 60 * 1000).toISOString().slice(0, 10)

test('a client books the next free slot in French, sees it on the dashboard, reschedules it and cancels it for free; another client cannot take that slot and the staff see it in their calendar', async ({
  page,
  browser,
  visit,
  expectAccessible,
}) => {
  test.setTimeout(180_000)
  const email = `chloe.martel.${Date.now()}@example.com`
  const main = page.getByRole('main')

  // A visitor browses the wizard from the business's home page, up to the review.
  await visit(tenantUrl(clinic, '/fr'))
  await main.getByRole('link', { name: 'Prendre rendez-vous' }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Prendre rendez-vous')
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Quel service voulez-vous réserver ?')
  await expectAccessible()
  await main.getByRole('radio', { name: 'Massothérapie 60 minutes' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Voulez-vous ajouter une option ?')
  // Moving to a step puts the focus on its heading.
  await expect(page.getByRole('heading', { level: 2 })).toBeFocused()
  await main.getByRole('checkbox', { name: 'Pierres chaudes' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Avec qui ?')
  // Staff appear under their public first name; never an email.
  await expect(main.getByRole('radio', { name: 'Alex' })).toBeVisible()
  await expect(main).not.toContainText('@clinique-belair')
  await main.getByRole('radio', { name: 'Alex' }).click()
  await main.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Quel jour ?')
  await expectAccessible()
  // The next free slot far enough ahead to stay inside the 24 h free window for the changes below.
  const day = await pickFreeDay(page, dayAhead(2))
  await expect(page.getByRole('heading', { level: 2 })).toContainText('À quelle heure, le')
  await expectAccessible()
  const firstSlot = page.getByTestId('slots').getByRole('button').first()
  const time = (await firstSlot.textContent()) ?? ''
  await firstSlot.click()

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Où a lieu le service ?')
  await main.getByLabel('Notes pour l’équipe (facultatif)').fill('Douleur à l’épaule droite.')
  await main.getByRole('button', { name: 'Continuer' }).click()

  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Vérifiez votre réservation')
  const review = page.getByTestId('review')
  await expect(review).toContainText('Massothérapie 60 minutes')
  await expect(review).toContainText('Pierres chaudes')
  await expect(review).toContainText('1 h 15 min')
  await expect(review).toContainText('115,00 $')
  await expect(review).toContainText(time)
  // The clinic charges no late fee: cancelling is free, with no deadline; moving online has one.
  await expect(page.getByTestId('policy')).toContainText('L’annulation est gratuite, à tout moment avant le rendez-vous.')
  await expect(page.getByTestId('policy')).toContainText('Il peut être déplacé en ligne jusqu’à 24 h avant le rendez-vous')
  await expectAccessible()

  // Signing in comes back to the same review (the choice rides in the address).
  const reviewPath = new URL(page.url()).pathname + new URL(page.url()).search
  await main.getByRole('button', { name: 'Se connecter pour réserver' }).click()
  await signInHere(page, email)
  await expect(page).toHaveURL(tenantUrl(clinic, reviewPath))
  await expect(page.getByTestId('review')).toContainText('Douleur à l’épaule droite.')
  // Not a client of the clinic yet: open the client space (privacy notice), which comes back here.
  await main.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  // A new account is named after its email until the person gives their name.
  await main.getByLabel('Votre nom').fill('Camille Client')
  await page.getByRole('checkbox').check()
  await main.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  await expect(page).toHaveURL(tenantUrl(clinic, reviewPath))
  await expect(page.getByRole('navigation', { name: 'Sections de mon espace' })).toBeVisible()
  await main.getByRole('button', { name: 'Confirmer la réservation' }).click()
  await expect(main.getByRole('status')).toContainText('C’est réservé !')
  await expectAccessible()

  // The dashboard lists it among the next appointments.
  await visit(tenantUrl(clinic, '/fr/portal'))
  const card = page.getByTestId('card-appointments')
  await expect(card).toContainText('Massothérapie 60 minutes')
  await expect(card).toContainText('avec Alex')
  await expect(card).toContainText(time)

  // A second client cannot take the same slot: Alex's day no longer offers it, and a direct
  // attempt at it is answered with the next free times.
  const other = await browser.newContext({ locale: 'fr-CA', timezoneId: 'America/Toronto' })
  const second = await other.newPage()
  await second.goto(tenantUrl(clinic, '/fr/sign-in'))
  await signInHere(second, `rival.${Date.now()}@example.com`)
  await second.goto(tenantUrl(clinic, '/fr/portal'))
  await second.getByRole('main').getByLabel('Votre nom').fill('Rival Client')
  await second.getByRole('checkbox').check()
  await second.getByRole('main').getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  await baseExpect(second.getByRole('heading', { level: 1 })).toHaveText(/^Bonjour /)
  const timeStep = new URL(tenantUrl(clinic, reviewPath))
  timeStep.searchParams.set('step', 'time')
  timeStep.searchParams.delete('start')
  await second.goto(timeStep.toString())
  await baseExpect(second.getByTestId('slots').or(second.getByText('Plus aucune heure libre'))).toBeVisible()
  await baseExpect(second.getByTestId('slots').getByRole('button', { name: time, exact: true })).toHaveCount(0)
  await second.goto(tenantUrl(clinic, reviewPath))
  await second.getByRole('main').getByRole('button', { name: 'Confirmer la réservation' }).click()
  await baseExpect(second.getByRole('main').getByRole('alert')).toContainText('Cette heure vient d’être prise')
  await other.close()

  // The clinic's staff find it in their calendar on that day.
  const staffContext = await browser.newContext({
    locale: 'fr-CA',
    timezoneId: 'America/Toronto',
    storageState: sessionOf('alex@clinique-belair.example'),
  })
  const desk = await staffContext.newPage()
  await desk.goto(tenantUrl(clinic, '/fr/admin/bookings'))
  // From a stored session the page can be on screen before React has taken it over; a date typed
  // then is lost, so it is typed again until the calendar shows that day.
  const dateField = desk.getByRole('main').getByLabel('Date', { exact: true })
  await baseExpect(async () => {
    await dateField.fill(day)
    await baseExpect(
      desk.getByRole('main').getByRole('button', { name: /Confirmé.*Massothérapie 60 minutes/ }),
    ).toBeVisible({ timeout: 3_000 })
  }).toPass({ timeout: 20_000 })
  await staffContext.close()

  // My appointments: the detail, then a reschedule to another free day.
  await card.getByRole('link', { name: /Massothérapie 60 minutes/ }).click()
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Massothérapie 60 minutes')
  await expect(page.getByTestId('appointment-status')).toHaveText('Confirmé')
  await expect(main.getByRole('link', { name: 'Ajouter à mon agenda (.ics)' })).toBeVisible()
  await expect(main).toContainText('Il vous reste')
  await expectAccessible()
  await main.getByRole('button', { name: 'Déplacer le rendez-vous' }).click()
  await expect(page.getByRole('heading', { name: 'Choisir une nouvelle heure' })).toBeFocused()
  await pickFreeDay(page, nextDay(day))
  const newSlot = page.getByTestId('slots').getByRole('button').last()
  await newSlot.click()
  await main.getByRole('button', { name: /^Déplacer au / }).click()
  await expect(main.getByRole('status')).toContainText('Rendez-vous déplacé au')
  await expect(main).toContainText('Déplacé 1 fois.')
  await expectAccessible()

  // Cancelling states the consequence before anything happens: free, and with no fee in the
  // clinic's policy, no deadline to worry about.
  await main.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
  const dialog = page.getByRole('dialog', { name: 'Annuler ce rendez-vous ?' })
  await expect(dialog.getByTestId('cancel-consequence')).toHaveText('L’annulation est gratuite.')
  await expectAccessible()
  await dialog.getByRole('button', { name: 'Oui, annuler' }).click()
  await expect(main.getByRole('status')).toContainText('Rendez-vous annulé.')
  await expect(page.getByTestId('appointment-status')).toHaveText('Annulé')
  // Its calendar file is still offered, and cancels the event in the calendar that holds it.
  const removal = main.getByRole('link', { name: 'Retirer de mon agenda (.ics)' })
  await expect(removal).toBeVisible()
  // Fetched by the page itself, with its session (the runner cannot resolve *.localhost hosts).
  const file = await page.evaluate(async (href) => {
    const response = await fetch(href)
    return { status: response.status, text: await response.text() }
  }, (await removal.getAttribute('href')) ?? '')
  expect(file.status).toBe(200)
  const ics = file.text
  expect(ics).toContain('METHOD:CANCEL')
  expect(ics).toContain('STATUS:CANCELLED')
  expect(ics).toContain('BEGIN:VTIMEZONE')

  // The list now shows it among past and cancelled appointments.
  await visit(tenantUrl(clinic, '/fr/portal/appointments'))
  await expect(page.getByTestId('upcoming')).toContainText('Aucun rendez-vous à venir.')
  await expect(page.getByTestId('past')).toContainText('Annulé')
})

test('the wizard fits a 360 px phone down to the calendar, in English too', async ({
  page,
  visit,
  expectAccessible,
}) => {
  await page.setViewportSize({ width: 360, height: 740 })
  const main = page.getByRole('main')
  await visit(tenantUrl(clinic, '/en/portal/book'))
  await main.getByRole('radio', { name: 'Massage therapy, 60 minutes' }).click()
  await main.getByRole('button', { name: 'Continue' }).click()
  await main.getByRole('button', { name: 'Continue' }).click()
  await main.getByRole('button', { name: 'Continue' }).click()
  await expect(page.getByRole('heading', { level: 2 })).toHaveText('Which day?')
  await expect(page.getByRole('grid')).toBeVisible()
  await expectAccessible()
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth)
  expect(overflow).toBeLessThanOrEqual(0)
})
