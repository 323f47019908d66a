import { rootUrl, tenantUrl } from './support/env'
import { expect, test as setup } from './support/fixtures'
import { demoAccounts, sessionOf } from './support/sessions'
import { signInHere } from './support/sign-in'

/*
 * Signs each demo account in once for the whole run and keeps its cookies, so the specs start
 * signed in: however many specs act as the owner, she asks for one code per run, never the
 * 5 per 15 minutes the sign-in allows an address. Specs about signing in still sign in for real.
 */
for (const account of demoAccounts) {
  setup(`${account.email} signs in once for the run`, async ({ page }) => {
    for (const host of account.hosts) {
      const signIn = `/${account.locale}/sign-in`
      const url = host === null ? `${rootUrl}${signIn}` : tenantUrl(host, signIn)
      await page.goto(url)
      await signInHere(page, account.email, account.locale)
      // The session cookie of this host (plain HTTP: no __Host- prefix).
      const cookies = await page.context().cookies(url)
      expect(cookies.map((cookie) => cookie.name)).toContain('portail_session')
    }
    await page.context().storageState({ path: sessionOf(account.email) })
  })
}
