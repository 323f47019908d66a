import { readMailEnv } from './env'
import { createMailFolderTransport } from './mail-folder-transport'
import { createResendTransport } from './resend-transport'
import { localTransport, type MailTransport } from './transport'

/** Resend when RESEND_API_KEY (and MAIL_FROM) are set, else the local mailbox (and MAIL_FILES_DIR's folder). */
export function mailTransportFromEnv(source?: Record<string, string | undefined>): MailTransport {
  const env = readMailEnv(source)
  if (env.transport === 'local') return env.filesDir ? createMailFolderTransport(env.filesDir) : localTransport
  return createResendTransport({ apiKey: env.apiKey, from: env.from, baseUrl: env.baseUrl })
}
