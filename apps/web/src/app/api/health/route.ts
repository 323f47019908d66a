import { getDatabase } from '~/server/database'

const noStore = { 'cache-control': 'no-store' }

/**
 * Liveness and readiness in one: 200 once the database answers. The failure body says nothing
 * about why (it is public); the reason goes to the server log.
 */
export async function GET(): Promise<Response> {
  try {
    const database = await getDatabase()
    await database.ping()
    return Response.json({ status: 'ok', database: database.driver }, { headers: noStore })
  } catch (error) {
    console.error('[portail] health check failed', error)
    return Response.json({ status: 'error' }, { status: 503, headers: noStore })
  }
}
