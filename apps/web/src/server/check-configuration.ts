import { InvalidWebEnvError, webEnv } from '../env'

/**
 * Validates the configuration once at boot. A bad value stops the server before it listens, with
 * the message naming the variable, instead of every request failing later.
 */
export function checkConfigurationOrExit(): void {
  try {
    webEnv()
  } catch (error) {
    if (!(error instanceof InvalidWebEnvError)) throw error
    console.error(`[portail] ${error.message}`)
    process.exit(1)
  }
}
