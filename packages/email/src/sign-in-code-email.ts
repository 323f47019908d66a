export interface SignInCodeEmail {
  subject: string
  text: string
}

/**
 * The sign-in code message, plain text in the requested language (React Email comes later). The
 * code leads the subject so it shows in a notification without opening the mail.
 */
export function signInCodeEmail(code: string, locale: 'fr' | 'en', validMinutes: number): SignInCodeEmail {
  if (locale === 'en') {
    return {
      subject: `${code} is your Portail sign-in code`,
      text: [
        `Your sign-in code: ${code}`,
        '',
        `It is valid for ${validMinutes} minutes and can be used once.`,
        'If you did not ask for it, ignore this message: nobody can sign in without the code.',
      ].join('\n'),
    }
  }
  return {
    subject: `${code} est votre code de connexion Portail`,
    text: [
      `Votre code de connexion : ${code}`,
      '',
      `Il est valable ${validMinutes} minutes et ne sert qu’une fois.`,
      'Si vous ne l’avez pas demandé, ignorez ce message : personne ne peut se connecter sans le code.',
    ].join('\n'),
  }
}
