/** notify() was asked for a template that does not exist (or is not a booking message): nothing is written. */
export class UnknownTemplateError extends Error {
  constructor(readonly template: string) {
    super(`notify: no booking message template named ${JSON.stringify(template)}`)
    this.name = 'UnknownTemplateError'
  }
}

/** The recipient is not a client or team member of the tenant: nothing is written. */
export class RecipientNotFoundError extends Error {
  constructor(readonly recipient: string) {
    super(`notify: no ${recipient} in this business`)
    this.name = 'RecipientNotFoundError'
  }
}

/** A request notify() refuses before reading anything (bad ids, empty dedupe key). */
export class InvalidNotifyRequestError extends Error {
  constructor(detail: string) {
    super(`notify: invalid request: ${detail}`)
    this.name = 'InvalidNotifyRequestError'
  }
}
