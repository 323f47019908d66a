import { rootUrl, tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

// A business of this run only: no other spec sees it suspended.
const slug = `atelier-e2e-${Date.now().toString(36)}`
const owner = `fondatrice.${slug}@example.com`
const operator = 'operator@portail.local'

test.describe.configure({ mode: 'serial' })

test('a signed-in person starts a business and lands on its admin link', async ({ page, visit, expectAccessible }) => {
  await visit(`${rootUrl}/fr`)
  await page.getByRole('link', { name: 'Lancer votre entreprise' }).click()
  // A visitor signs in first, then comes back to the form.
  await expect(page).toHaveURL(`${rootUrl}/fr/sign-in?next=%2Ffr%2Fstart`)
  await expectAccessible()
  await signInHere(page, owner)
  await expect(page).toHaveURL(`${rootUrl}/fr/start`)
  await expect(page.getByRole('heading', { level: 1, name: 'Lancer votre entreprise' })).toBeVisible()
  await expectAccessible()

  const main = page.getByRole('main')
  await main.getByLabel('Votre nom').fill('Fondatrice E2E')
  await main.getByLabel('Nom de l’entreprise').fill('Atelier E2E')
  await main.getByLabel('Secteur d’activité').selectOption('cleaning')
  const address = main.getByLabel('Adresse du portail')
  await address.fill('admin')
  await expect(main.getByTestId('slug-status')).toHaveText(
    'Cette adresse est réservée à la plateforme. Choisissez-en une autre.',
  )
  await address.fill('piscines-laurentides')
  await expect(main.getByTestId('slug-status')).toHaveText('Une autre entreprise utilise déjà cette adresse.')
  await address.fill(slug)
  await expect(main.getByTestId('slug-status')).toHaveText(`${slug}.localhost:${new URL(rootUrl).port} est libre.`)
  await expect(main.getByLabel('Fuseau horaire')).toHaveValue('America/Toronto')
  await expectAccessible()

  await main.getByRole('button', { name: 'Créer mon entreprise' }).click()
  // A one-time link hands the session over to the new portal's host (onboarding-handover.spec.ts).
  await expect(page).toHaveURL(tenantUrl(slug, '/fr/admin'))
  await expectAccessible()

  // Not an operator: the console refuses, in French.
  const refused = await visit(`${rootUrl}/fr/platform`)
  expect(refused).toBe(403)
})

test.describe(() => {
  test.use({ storageState: sessionOf(operator) })

  test('an operator suspends the business with a reason, its portal says so, then reactivates it', async ({
    page,
    visit,
    expectAccessible,
  }) => {
    await page.goto(`${rootUrl}/fr/platform`)
    await expect(page).toHaveURL(`${rootUrl}/fr/platform`)
    await expect(page.getByRole('heading', { level: 1, name: 'Console de la plateforme' })).toBeVisible()
    await expectAccessible()

    await page.getByLabel('Rechercher (nom ou adresse)').fill(slug)
    await page.getByRole('button', { name: 'Filtrer' }).click()
    const row = page.getByTestId(`tenant-${slug}`)
    await expect(row).toContainText('Actif')
    await expect(row).toContainText('Entretien ménager')
    await expectAccessible()
    await row.getByRole('link', { name: 'Atelier E2E' }).click()
    await expect(page.getByRole('heading', { level: 1, name: 'Atelier E2E' })).toBeVisible()
    await expectAccessible()

    await page.getByRole('button', { name: 'Suspendre' }).click()
    const dialog = page.getByRole('dialog', { name: 'Suspendre Atelier E2E ?' })
    await dialog.getByRole('button', { name: 'Suspendre le portail' }).click()
    // No reason, no suspension.
    await expect(dialog.getByRole('alert')).toHaveText('Indiquez un motif d’au moins 3 caractères.')
    await expect(dialog.getByLabel('Motif')).toBeFocused()
    await expectAccessible()
    await dialog.getByLabel('Motif').fill('Paiements contestés en cours d’examen')
    await dialog.getByRole('button', { name: 'Suspendre le portail' }).click()
    await expect(dialog).toBeHidden()
    await expect(page.getByTestId('tenant-status')).toHaveText('Suspendu')
    await expect(page.getByText('Paiements contestés en cours d’examen')).toBeVisible()

    expect(await visit(tenantUrl(slug, '/fr'))).toBe(403)
    await expect(page.getByRole('heading', { level: 1 }).first()).toHaveText('Portail suspendu')

    await page.goBack()
    await page.getByRole('button', { name: 'Réactiver' }).click()
    const back = page.getByRole('dialog', { name: 'Réactiver Atelier E2E ?' })
    await back.getByLabel('Motif').fill('Examen terminé')
    await back.getByRole('button', { name: 'Réactiver le portail' }).click()
    await expect(page.getByTestId('tenant-status')).toHaveText('Actif')
    expect(await visit(tenantUrl(slug, '/fr'))).toBe(200)
  })
})

test('a production build has no dev mailbox, even where the dev sign-in runs', async ({ page, visit }) => {
  // It would show every code sent to anyone: the specs read theirs from the run's mail folder.
  expect(await visit(`${rootUrl}/fr/dev/mailbox`)).toBe(404)
  await expect(page.getByRole('heading', { level: 1, name: 'Boîte aux lettres locale' })).toHaveCount(0)
  const api = await page.request.get(`${rootUrl}/api/dev/mailbox/latest?to=${encodeURIComponent(operator)}`)
  expect(api.status()).toBe(404)
})
