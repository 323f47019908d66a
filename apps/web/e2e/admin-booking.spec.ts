import { tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'

const pools = 'piscines-laurentides'
const owner = 'sophie@piscines-laurentides.example'
const ownerName = 'Sophie Lavoie'
const englishStaff = 'jordan@piscines-laurentides.example'
const staffName = 'Jordan Miller'

/** A weekday at least `ahead` days from today on the business's clock (Toronto), as YYYY-MM-DD. */
function weekdayAhead(ahead: number): string {
  return addDays(todayInToronto(), ahead, true)
}

const todayInToronto = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'America/Toronto' }).format(new Date())

function addDays(today: string, ahead: number, weekdayOnly = false): string {
  const [year = 0, month = 1, day = 1] = today.split('-').map(Number)
  const date = new Date(Date.UTC(year, month - 1, day + ahead))
  while (weekdayOnly && (date.getUTCDay() === 0 || date.getUTCDay() === 6)) date.setUTCDate(date.getUTCDate() + 1)
  return date.toISOString().slice(0, 10)
}

test.describe(() => {
  test.use({ storageState: sessionOf(owner) })

  test('the owner builds a service with its preview, sets hours, then books, moves and cancels for a client', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    test.setTimeout(120_000)
    const main = page.getByRole('main')

    // Services: the client's view redraws as the form is typed, in both languages.
    await visit(tenantUrl(pools, '/fr/admin/services'))
    await expect(page.getByRole('heading', { level: 1, name: 'Services et options' })).toBeVisible()
    await main.getByRole('button', { name: 'Nouveau service' }).click()
    const frenchPreview = main.getByRole('region', { name: 'Aperçu en français' })
    const englishPreview = main.getByRole('region', { name: 'Preview in English' })
    await expect(frenchPreview).toContainText('Nom du service')
    await main.getByLabel('Nom en français', { exact: true }).fill('Inspection de spa')
    await expect(frenchPreview).toContainText('Inspection de spa')
    await main.getByLabel('Nom en anglais', { exact: true }).fill('Spa inspection')
    await expect(englishPreview).toContainText('Spa inspection')
    await main.getByLabel('Durée (minutes)').fill('45')
    await main.getByLabel('Prix ($ CA)').fill('95')
    await expect(frenchPreview).toContainText('95,00 $')
    await expect(englishPreview).toContainText('$95.00')
    await expect(frenchPreview).toContainText('45 min')
    // A deposit above the price is refused beside its field before anything is sent.
    await main.getByLabel('Paiement à la réservation').selectOption({ label: 'Un acompte' })
    await main.getByLabel('Acompte ($ CA)').fill('120')
    await main.getByRole('button', { name: 'Créer le service' }).click()
    await expect(main.getByLabel('Acompte ($ CA)')).toHaveAttribute('aria-invalid', 'true')
    await main.getByLabel('Acompte ($ CA)').fill('20')
    await expect(frenchPreview).toContainText('Acompte de 20,00 $ à la réservation')
    await main.getByRole('button', { name: 'Créer le service' }).click()
    await expect(page.getByText('Service créé.')).toBeVisible()
    await expect(main.getByRole('heading', { name: 'Modifier « Inspection de spa »' })).toBeVisible()
    await expectAccessible()

    await main.getByLabel('Nom de l’option en français').last().fill('Traitement choc')
    await main.getByLabel('Nom de l’option en anglais').last().fill('Shock treatment')
    await main.getByLabel('Minutes de plus').last().fill('15')
    await main.getByLabel('Prix en plus ($ CA)').last().fill('20')
    await main.getByRole('button', { name: 'Ajouter l’option' }).click()
    await expect(page.getByText('Option ajoutée.')).toBeVisible()
    await expect(frenchPreview).toContainText('Traitement choc')
    await expect(englishPreview).toContainText('Shock treatment')
    await main.getByRole('checkbox', { name: ownerName }).check()
    await main.getByRole('button', { name: 'Enregistrer l’équipe du service' }).click()
    await expect(page.getByText('Équipe du service enregistrée.')).toBeVisible()
    await expectAccessible()

    // Hours: a Saturday span; a span ending before it starts is named next to it.
    await visit(tenantUrl(pools, '/fr/admin/schedule'))
    await main.getByLabel('Membre de l’équipe').selectOption({ label: ownerName })
    await main.getByRole('button', { name: 'Ajouter une plage le Samedi' }).click()
    await main.getByRole('button', { name: 'Ajouter une plage le Lundi' }).click()
    await main.getByLabel('Fin de la plage 3 (Lundi)').fill('16:00')
    await expect(main.getByText('La fin doit venir après le début.')).toBeVisible()
    await expect(main.getByLabel('Fin de la plage 3 (Lundi)')).toHaveAttribute('aria-invalid', 'true')
    await expectAccessible()
    await main.getByRole('button', { name: 'Retirer la plage 3 (Lundi)' }).click()
    await main.getByRole('button', { name: 'Enregistrer les heures' }).click()
    await expect(page.getByText(`Heures de ${ownerName} enregistrées.`)).toBeVisible()
    // The policy follows the fields in the words of the client's review, for an example 100 $ service.
    await main.getByLabel('Frais d’annulation tardive (% du prix)').fill('30')
    const preview = main.getByRole('region', { name: 'Ce que vos clients liront' })
    await expect(preview).toContainText('Par exemple, un service de 100,00')
    await expect(preview.getByTestId('policy')).toContainText(/Après cela, annuler coûte 30 % du prix \(30,00\s\$\)/)

    // Calendar: a booking made for a client, found in the day view, moved then cancelled with reasons.
    const date = weekdayAhead(3)
    await visit(tenantUrl(pools, '/fr/admin/bookings'))
    await expect(page.getByRole('heading', { level: 1, name: 'Rendez-vous' })).toBeVisible()
    await main.getByRole('button', { name: 'Nouveau rendez-vous' }).click()
    const sheet = page.getByRole('dialog', { name: 'Nouveau rendez-vous pour un client' })
    await sheet.getByLabel('Chercher un client', { exact: false }).fill('Thompson')
    await sheet.getByRole('button', { name: /David Thompson/ }).click()
    await sheet.getByLabel('Service', { exact: true }).selectOption({ label: 'Inspection de spa' })
    await sheet.getByLabel('Avec', { exact: true }).selectOption({ label: ownerName })
    await sheet.getByLabel('Date', { exact: true }).fill(date)
    const slots = sheet.getByRole('group', { name: 'Heures libres' })
    await slots.getByRole('button').first().click()
    // The client's address on file, changed for this appointment only.
    const address = sheet.getByRole('group', { name: 'Adresse du service' })
    await expect(address).toContainText('45 Bennett Road')
    await address.getByRole('button', { name: 'Modifier l’adresse' }).click()
    await address.getByLabel('Appartement, bureau (facultatif)', { exact: true }).fill('Chalet B')
    await expectAccessible()
    await sheet.getByRole('button', { name: 'Créer le rendez-vous' }).click()
    await expect(page.getByText('Rendez-vous créé.')).toBeVisible()
    const detail = page.getByRole('dialog', { name: 'David Thompson' })
    await expect(detail).toContainText('45 Bennett Road')
    await expect(detail).toContainText('Chalet B')
    await expect(detail).toContainText('Inspection de spa')
    await expect(detail).toContainText('Réservé')
    await page.keyboard.press('Escape')
    const booking = main.getByRole('button', {
      name: /David Thompson.*Confirmé.*Inspection de spa.*avec Sophie Lavoie/,
    })
    await expect(booking).toBeVisible()
    await expectAccessible()

    await booking.click()
    await detail.getByRole('button', { name: 'Déplacer' }).click()
    const moving = page.getByRole('dialog', { name: 'Déplacer le rendez-vous' })
    await moving.getByLabel('Heure', { exact: true }).fill('10:00')
    await moving.getByRole('button', { name: 'Déplacer' }).click()
    await expect(moving.getByText('Indiquez la raison.')).toBeVisible()
    await moving.getByLabel('Raison (obligatoire)').fill('Le client préfère plus tard')
    await moving.getByRole('button', { name: 'Déplacer' }).click()
    await expect(page.getByText('Rendez-vous déplacé.')).toBeVisible()
    await expect(detail).toContainText('Déplacé par l’équipe')
    await expect(detail).toContainText('Raison : Le client préfère plus tard')

    await detail.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
    const cancelling = page.getByRole('dialog', { name: 'Annuler le rendez-vous ?' })
    await cancelling.getByLabel('Raison (obligatoire)').fill('Bris d’équipement')
    await expectAccessible()
    await cancelling.getByRole('button', { name: 'Annuler le rendez-vous' }).click()
    await expect(page.getByText('Rendez-vous annulé.')).toBeVisible()
    await expect(detail).toContainText('Annulé')
    await expect(detail).toContainText('Raison : Bris d’équipement')
    await page.keyboard.press('Escape')
    // Cancelled bookings leave the calendar unless asked for, and then say so in words.
    await expect(main.getByRole('button', { name: /David Thompson.*Inspection de spa/ })).toHaveCount(0)
    await main.getByLabel('Afficher les annulés').check()
    await expect(
      main.getByRole('button', { name: /David Thompson.*Annulé.*Inspection de spa.*avec Sophie Lavoie/ }),
    ).toBeVisible()

    // The client's record lists the appointment and words its history; its link opens the detail.
    await visit(tenantUrl(pools, '/fr/admin/clients?q=Thompson'))
    await page.getByRole('link', { name: 'David Thompson' }).click()
    const upcoming = main.getByTestId('client-upcoming')
    await expect(upcoming).toContainText('Inspection de spa avec Sophie Lavoie')
    await expect(upcoming).toContainText('Annulé')
    await expect(main.getByText('Rendez-vous réservé').first()).toBeVisible()
    await expect(main.getByText('Rendez-vous déplacé par l’équipe').first()).toBeVisible()
    await expect(main.getByText('Rendez-vous annulé').first()).toBeVisible()
    await expectAccessible()
    await upcoming.getByRole('link', { name: /Ouvrir Inspection de spa/ }).first().click()
    // The calendar opens on the appointment's day with its detail over it.
    await expect(page).toHaveURL(new RegExp(`/fr/admin/bookings\\?date=${date}&booking=`))
    await expect(detail).toContainText('Inspection de spa')
    await expect(detail).toContainText('Raison : Bris d’équipement')
    await page.keyboard.press('Escape')

    // Leave the demo hours as they were for the specs that book after this one.
    await visit(tenantUrl(pools, '/fr/admin/schedule'))
    await main.getByLabel('Membre de l’équipe').selectOption({ label: ownerName })
    await main.getByRole('button', { name: 'Retirer la plage 1 (Samedi)' }).click()
    await main.getByRole('button', { name: 'Enregistrer les heures' }).click()
    await expect(page.getByText(`Heures de ${ownerName} enregistrées.`)).toBeVisible()
  })
})

test.describe(() => {
  test.use({ storageState: sessionOf(englishStaff) })

  test('a staff member reads the services in English, books a weekly series for a client and subscribes to their calendar', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    test.setTimeout(120_000)
    const main = page.getByRole('main')

    // Staff read the catalog and its preview; only owners and admins change it.
    await visit(tenantUrl(pools, '/en/admin/services'))
    await expect(main.getByText('Only the owner and administrators change services.')).toBeVisible()
    await expect(main.getByRole('button', { name: 'New service' })).toHaveCount(0)
    await expect(main.getByRole('region', { name: 'Preview in English' })).toContainText('Pool opening')
    await expect(main.getByRole('region', { name: 'Aperçu en français' })).toContainText('Ouverture de piscine')

    // A weekly series from a free time: the dates made are listed (and any skipped, with why).
    const first = weekdayAhead(20)
    await visit(tenantUrl(pools, '/en/admin/bookings'))
    await main.getByRole('button', { name: 'Week', exact: true }).click()
    await expect(main.getByRole('button', { name: 'Week', exact: true })).toHaveAttribute('aria-pressed', 'true')
    await main.getByLabel('Team member').selectOption({ label: staffName })
    await main.getByRole('button', { name: 'New appointment' }).click()
    const sheet = page.getByRole('dialog', { name: 'New appointment for a client' })
    await sheet.getByLabel('Find a client', { exact: false }).fill('Thompson')
    await sheet.getByRole('button', { name: /David Thompson/ }).click()
    await sheet.getByLabel('Service', { exact: true }).selectOption({ label: 'Weekly maintenance' })
    await sheet.getByLabel('With', { exact: true }).selectOption({ label: staffName })
    await sheet.getByLabel('Date', { exact: true }).fill(first)
    await sheet.getByRole('group', { name: 'Free times' }).getByRole('button').first().click()
    await sheet.getByLabel('Recurring appointment').check()
    await sheet.getByLabel('Frequency').selectOption({ label: 'Every week' })
    await sheet.getByLabel('Until', { exact: true }).fill(addDays(first, 14))
    await sheet.getByRole('button', { name: 'Create the series' }).click()
    await expect(sheet.getByRole('heading', { name: '3 appointments created' })).toBeVisible()
    await expect(sheet.getByRole('heading', { name: 'No dates skipped' })).toBeVisible()
    await expectAccessible()
    await page.keyboard.press('Escape')

    // The week of the first occurrence shows it, for this member.
    await main.getByLabel('Date', { exact: true }).fill(first)
    await expect(main.getByRole('button', { name: /David Thompson.*Confirmed.*Weekly maintenance/ })).toBeVisible()
    await main.getByRole('button', { name: /David Thompson.*Confirmed.*Weekly maintenance/ }).click()
    await expect(page.getByRole('dialog', { name: 'David Thompson' })).toContainText('Part of a recurring series')
    await page.keyboard.press('Escape')

    // The private calendar address: made, shown to copy, turned off after a confirmation.
    await main.getByRole('button', { name: 'Create my subscription address' }).click()
    await expect(main.getByLabel('Your calendar address')).toHaveValue(/\/api\/calendar\/[^/]+\.ics$/)
    await expectAccessible()
    // Only its hash is kept: once the page is left, it says an address is live, never what it is.
    await page.reload()
    await expect(main.getByText('A subscription address has been active since', { exact: false })).toBeVisible()
    await expect(main.getByLabel('Your calendar address')).toHaveCount(0)
    await main.getByRole('button', { name: 'Turn the address off' }).click()
    await page
      .getByRole('dialog', { name: 'Turn the address off?' })
      .getByRole('button', { name: 'Turn the address off' })
      .click()
    await expect(page.getByText('Address turned off.')).toBeVisible()
    await expect(main.getByRole('button', { name: 'Create my subscription address' })).toBeVisible()
  })
})
