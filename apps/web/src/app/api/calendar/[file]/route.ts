import { handleCalendarFeedRequest } from '@portail/api'
import { webEnv } from '~/env'
import { organizationDirectory } from '~/server/clerk'
import { getDatabase } from '~/server/database'
import { identityResolver } from '~/server/identity'

/** A staff member's private feed, `/api/calendar/<token>.ics`: the URL is the only credential. */
export async function GET(request: Request, { params }: { params: Promise<{ file: string }> }): Promise<Response> {
  const { file } = await params
  const token = file.endsWith('.ics') ? file.slice(0, -'.ics'.length) : ''
  const database = await getDatabase()
  return handleCalendarFeedRequest(
    request,
    {
      database,
      identity: identityResolver(request, database),
      rootDomain: webEnv().rootDomain,
      organizations: organizationDirectory(database),
    },
    token,
  )
}
