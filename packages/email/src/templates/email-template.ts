import type { ReactElement } from 'react'
import type { EmailContext } from '../email-types'

/** A template: the subject and the message element, both in ctx.locale. */
export type EmailTemplate<Props> = (props: Props, ctx: EmailContext) => { subject: string; element: ReactElement }
