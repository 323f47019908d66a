import type { Database } from '@portail/db'
import { type MailTransport, mailTransportFromEnv } from '@portail/email/relay'
import { loggerFor, readLoggerEnv } from '@portail/logger'
import { InvalidWebEnvError, webEnv } from '../env'
import { getDatabase } from './database'
import { logPaymentsMode } from './payments'
import { startWorkflowEngine } from './workflow-engine'

const fail = (message: string): never => {
  loggerFor('boot').fatal(message)
  process.exit(1)
}

/**
 * Start-up checks, before the server takes requests: the configuration is valid, and the database
 * opens (the embedded one migrates and seeds here rather than on the first visitor's request). A
 * problem stops the process with a message naming its cause: a malformed variable, or an
 * embedded data folder already owned by another process. Then workflows start: the embedded
 * engine, or Inngest as the event sink (a workflow function the engine cannot run stops the
 * process here, named). Periodic work (mail and SMS relays, the unpaid-hold sweep, the identity
 * purge) runs as cron workflow functions, nudged after the commits that queue it: nothing here runs
 * on a timer of its own.
 */
export async function bootOrExit(): Promise<void> {
  try {
    readLoggerEnv()
  } catch (error) {
    // No logger without its configuration: this one line goes to stderr as it is.
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`)
    process.exit(1)
  }
  try {
    webEnv()
  } catch (error) {
    if (error instanceof InvalidWebEnvError) fail(error.message)
    throw error
  }
  logPaymentsMode()
  let transport: MailTransport
  try {
    transport = mailTransportFromEnv()
  } catch (error) {
    return fail(error instanceof Error ? error.message : String(error))
  }
  let database: Database
  try {
    database = await getDatabase()
  } catch (error) {
    return fail(`The database could not be opened: ${error instanceof Error ? error.message : String(error)}`)
  }
  try {
    await startWorkflowEngine(database, webEnv().inngest, transport)
  } catch (error) {
    fail(`Workflows could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
}
