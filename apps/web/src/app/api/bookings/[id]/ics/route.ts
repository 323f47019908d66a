import { handleBookingIcsRequest } from '@portail/api'
import { webEnv } from '~/env'
import { organizationDirectory } from '~/server/clerk'
import { getDatabase } from '~/server/database'
import { identityResolver } from '~/server/identity'

/** "Add to calendar" for one booking: its client or the business's staff; anyone else gets 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const database = await getDatabase()
  return handleBookingIcsRequest(
    request,
    {
      database,
      identity: identityResolver(request, database),
      rootDomain: webEnv().rootDomain,
      organizations: organizationDirectory(database),
    },
    id,
  )
}
