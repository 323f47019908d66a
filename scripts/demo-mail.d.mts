/** See demo-mail.mjs. */
export interface DemoMail {
  to: string
  kind: string
  subject: string
  text: string
  deliveredAt: string
}
export function unseenMail(dir: string, seen: Set<string>): Promise<DemoMail[]>
export function mailLines(mail: DemoMail): string[]
