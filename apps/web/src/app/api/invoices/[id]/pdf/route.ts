import { handleInvoicePdfRequest } from '@portail/api'
import { webEnv } from '~/env'
import { organizationDirectory } from '~/server/clerk'
import { getDatabase } from '~/server/database'
import { identityResolver } from '~/server/identity'

/** One issued invoice or credit note as a PDF: its client or the business's team; anyone else gets 404. */
export async function GET(request: Request, { params }: { params: Promise<{ id: string }> }): Promise<Response> {
  const { id } = await params
  const database = await getDatabase()
  return handleInvoicePdfRequest(
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
