import { newestSignInCode, readMailFolder } from './mail-code'
import type { ProductionServer } from './production-server'

/**
 * Signs `email` in on `host` through the dev adapter's endpoints, as a person does on the sign-in
 * page (code requested, read from the server's mail folder, verified), and returns the `Cookie`
 * header of the session for Lighthouse to send. The relay hands mail over every few seconds.
 */
export async function signInOverHttp(server: ProductionServer, host: string, email: string): Promise<string> {
  const since = new Date()
  const requested = await server.postJson(host, '/api/auth/dev/request-code', { email, locale: 'fr' })
  if (requested.status !== 202) throw new Error(`request-code for ${email} answered ${requested.status}`)
  const deadline = Date.now() + 60_000
  let code: string | null = null
  while (code === null) {
    code = newestSignInCode(await readMailFolder(server.mailDir), email, since)
    if (code !== null) break
    if (Date.now() > deadline) throw new Error(`no sign-in code for ${email} in ${server.mailDir} within a minute`)
    await new Promise((resolve) => setTimeout(resolve, 500))
  }
  const verified = await server.postJson(host, '/api/auth/dev/verify-code', { email, code, locale: 'fr' })
  if (verified.status !== 200) throw new Error(`verify-code for ${email} answered ${verified.status}`)
  // "name=value; Path=/; HttpOnly…" -> "name=value"
  const cookies = verified.setCookies.map((cookie) => cookie.split(';')[0] ?? '').filter(Boolean)
  if (cookies.length === 0) throw new Error(`verify-code for ${email} set no cookie`)
  return cookies.join('; ')
}
