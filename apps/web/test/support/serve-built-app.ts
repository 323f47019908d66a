import { afterAll, beforeAll } from 'vitest'
import { assertBuilt, type RunningServer, startServer } from './next-server'
import { prepareServerData, type ServerData } from './test-data'

/**
 * Starts the production build for one test file the way a CI end-to-end run does (the header test
 * identity allowed), on its own fixture data, and stops it afterwards. `ready` hands the running
 * server and its data to the file.
 */
export function serveBuiltApp(ready: (data: ServerData, server: RunningServer) => void): void {
  let data: ServerData | undefined
  let server: RunningServer | undefined
  beforeAll(async () => {
    assertBuilt()
    data = await prepareServerData()
    server = await startServer({
      ...data.config,
      PORTAIL_TEST_IDENTITY: '1',
      PORTAIL_ALLOW_TEST_IDENTITY_IN_PRODUCTION: '1',
    })
    ready(data, server)
  })
  afterAll(async () => {
    await server?.stop()
    await data?.cleanup()
  })
}
