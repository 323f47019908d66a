import { rootUrl, tenantUrl } from './support/env'
import { expect, test } from './support/fixtures'
import { signInHere } from './support/sign-in'

// People and a business of this run only.
const run = Date.now().toString(36)
const slug = `luc-piscines-${run}`
const founder = `luc.proprio.${run}@example.com`
const newClient = `nouveau.client.${run}@example.com`

test.describe.configure({ mode: 'serial' })

test('a new owner names themself, starts a business and lands signed in on its admin area', async ({
  page,
  visit,
  expectAccessible,
}) => {
  await visit(`${rootUrl}/fr/start`)
  await signInHere(page, founder)
  await expect(page).toHaveURL(`${rootUrl}/fr/start`)
  const main = page.getByRole('main')
  // Their name so far is their email's local part: the form asks for their own.
  await expect(main.getByLabel('Votre nom')).toBeVisible()
  await expectAccessible()

  await main.getByLabel('Votre nom').fill('Luc Proprio')
  await main.getByLabel('Nom de l’entreprise').fill('Piscines Luc')
  await main.getByLabel('Secteur d’activité').selectOption('pool_care')
  await main.getByLabel('Adresse du portail').fill(slug)
  await expect(main.getByTestId('slug-status')).toHaveText(`${slug}.localhost:${new URL(rootUrl).port} est libre.`)
  await main.getByRole('button', { name: 'Créer mon entreprise' }).click()

  // The one-time link carries the session to the new portal's host: no second sign-in.
  await expect(page).toHaveURL(tenantUrl(slug, '/fr/admin'))
  await expect(page.getByText('Luc Proprio · Propriétaire')).toBeVisible()
  await expect(page.getByText(/luc\.proprio/)).toHaveCount(0)
  await expectAccessible()
})

test('a used hand-over link is refused with a page that says so', async ({ page, context, visit }) => {
  await visit(`${rootUrl}/fr/start`)
  await signInHere(page, founder)
  const transfer = page.waitForRequest((request) => request.url().includes('/api/auth/dev/session-transfer'))
  const other = `luc-bis-${run}`
  const main = page.getByRole('main')
  // Named now: not asked again.
  await expect(main.getByLabel('Nom de l’entreprise')).toBeVisible()
  await expect(main.getByLabel('Votre nom')).toHaveCount(0)
  await main.getByLabel('Nom de l’entreprise').fill('Piscines Luc bis')
  await main.getByLabel('Secteur d’activité').selectOption('pool_care')
  await main.getByLabel('Adresse du portail').fill(other)
  await expect(main.getByTestId('slug-status')).toHaveText(`${other}.localhost:${new URL(rootUrl).port} est libre.`)
  await main.getByRole('button', { name: 'Créer mon entreprise' }).click()
  const link = (await transfer).url()
  await expect(page).toHaveURL(tenantUrl(other, '/fr/admin'))

  // The same link again, in a browser signed in nowhere: refused, in the reader's language.
  await context.clearCookies()
  await visit(link)
  await expect(page).toHaveURL(new RegExp(`^${tenantUrl(other, '/fr/sign-in')}`))
  await expect(page.getByTestId('handover-refused')).toHaveText(
    'Ce lien de connexion a déjà servi : il ne fonctionne qu’une fois. Connectez-vous avec votre courriel pour ouvrir votre administration.',
  )
})

test('a new client gives their name when joining a portal and is greeted by it', async ({
  page,
  visit,
  expectAccessible,
}) => {
  await visit(tenantUrl(slug, '/fr/sign-in?next=%2Ffr%2Fportal'))
  await signInHere(page, newClient)
  await expect(page).toHaveURL(tenantUrl(slug, '/fr/portal'))
  const main = page.getByRole('main')
  await main.getByLabel('Votre nom').fill('Nina Nouvelle')
  await main.getByRole('checkbox').check()
  await expectAccessible()
  await main.getByRole('button', { name: 'Ouvrir mon espace client' }).click()
  await expect(page.getByRole('heading', { level: 1, name: 'Bonjour Nina Nouvelle' })).toBeVisible()
})
