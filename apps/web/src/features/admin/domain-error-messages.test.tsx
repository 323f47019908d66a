// @vitest-environment jsdom
import { domainErrorCatalogs } from '@portail/i18n'
import { cleanup, render, screen } from '@testing-library/react'
import { afterEach, describe, expect, it } from 'vitest'
import { DomainErrorMessagesProvider, useTranslateErrorKey } from './domain-error-messages'

afterEach(cleanup)

function Shown({ message }: { message: string }) {
  const translate = useTranslateErrorKey()
  return <p>{translate(message)}</p>
}

describe('a form’s check message', () => {
  it('is worded from the one catalog the page handed over', () => {
    render(
      <DomainErrorMessagesProvider messages={domainErrorCatalogs.fr}>
        <Shown message="input.phoneInvalid" />
      </DomainErrorMessagesProvider>,
    )
    expect(screen.getByText('Numéro de téléphone invalide (ex. : 514 555-0100).')).toBeTruthy()
  })

  it('in English for an English page', () => {
    render(
      <DomainErrorMessagesProvider messages={domainErrorCatalogs.en}>
        <Shown message="input.controlCharacter" />
      </DomainErrorMessagesProvider>,
    )
    expect(screen.getByText(/This text contains an invisible character/)).toBeTruthy()
  })

  it('is left alone when it is already a sentence (zod’s own wording)', () => {
    render(
      <DomainErrorMessagesProvider messages={domainErrorCatalogs.en}>
        <Shown message="Too small: expected string to have >=2 characters" />
      </DomainErrorMessagesProvider>,
    )
    expect(screen.getByText('Too small: expected string to have >=2 characters')).toBeTruthy()
  })
})
